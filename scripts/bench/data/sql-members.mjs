// Roster entries (Member) for every community, and accounts (User + MEMBER grant) for the ACTIVE
// members of the largest community: the bench signs in as one of them and the sign-up storm uses
// the others. All accounts share one precomputed argon2 hash.
import { sqlTs } from "./plan.mjs";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢".split(
  "",
);
const GIVEN_NAMES = [
  "伟",
  "芳",
  "娜",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "文",
  "华",
  "玉兰",
  "红",
  "建国",
  "志强",
  "海燕",
  "晓东",
  "春梅",
  "国庆",
  "丹",
  "鹏",
  "欣怡",
  "子涵",
  "浩然",
  "思远",
];
const SKILLS = [
  "法律咨询",
  "医疗保健",
  "心理疏导",
  "教育辅导",
  "文艺演出",
  "摄影摄像",
  "电脑维修",
  "水电维修",
  "书法绘画",
  "理发",
  "外语翻译",
  "财务会计",
  "驾驶",
  "烹饪",
  "急救培训",
  "税务咨询",
  "金融知识",
  "体育健身",
  "写作宣传",
  "维修家电",
];
const INTERESTS = ["ENVIRONMENT", "CIVILITY", "AID", "SECURITY", "PUBLICITY", "CULTURE", "ADVICE"];
const AVAILABILITY = ["WEEKDAY_DAY", "WEEKDAY_EVENING", "WEEKEND"];
const POSITIONS = ["科员", "医生", "护士", "教师", "工程师", "会计", "法官", "客户经理", "项目经理", "驾驶员", "主任", "技术员"];
const UNREGISTERED = [
  "佛山律师事务所",
  "岭南建筑设计院",
  "市疾病预防控制中心",
  "恒远物流有限公司",
  "顺德农商银行",
  "南海实验中学",
];

/** Zipf-like choice of a work unit (exponent 0.7): the first units employ the most members. */
const zipfUnit = (units, key) =>
  `least(${units - 1}, floor(power(pg_temp.r(${key}, 15) * (power(${units}, 0.3) - 1) + 1, 1 / 0.3))::int - 1)`;

export async function insertMembers(client, plan, anchor, passwordHash) {
  const units = plan.units.length;
  const r = (salt) => `pg_temp.r(m.key, ${salt})`;
  await client.query(
    `
    CREATE TEMP TABLE b_member AS
    SELECT m.key, m.community_i, m.community_id, b.id AS building_id, b.grid_id,
           (CASE WHEN ${r(12)} < 0.84 THEN 'ACTIVE' WHEN ${r(12)} < 0.93 THEN 'PENDING' WHEN ${r(12)} < 0.97 THEN 'REJECTED' ELSE 'MOVED_OUT' END)::"MemberStatus" AS status,
           (CASE WHEN ${r(13)} < 0.8 THEN 'IN_SERVICE' WHEN ${r(13)} < 0.92 THEN 'RETIRED' ELSE 'RESIDENT' END)::"MemberKind" AS kind,
           $1::timestamp - interval '1 day' - floor(${r(16)} * 1800) * interval '1 day' - floor(${r(20)} * 600) * interval '1 minute' AS reported_at,
           ($2::text[])[1 + floor(50 * power(${r(17)}, 2))::int] || ($3::text[])[1 + floor(40 * ${r(18)})::int] AS name,
           '13' || lpad(((m.key + 1) * 48271 % 999999937)::text, 9, '0') AS phone
    FROM (
      SELECT c.i AS community_i, c.id AS community_id, c.n_buildings, (c.member_start + s.j)::bigint AS key
      FROM b_community c, generate_series(0, c.n_members - 1) AS s(j)
    ) m
    JOIN b_building b ON b.community_i = m.community_i AND b.k = floor(pg_temp.r(m.key, 11) * m.n_buildings)::int`,
    [sqlTs(anchor), SURNAMES, GIVEN_NAMES],
  );
  await client.query(`ALTER TABLE b_member ADD PRIMARY KEY (key)`);
  // ids; accounts for the ACTIVE members of the largest community (index 0)
  await client.query(`ALTER TABLE b_member ADD COLUMN id uuid, ADD COLUMN user_id uuid`);
  await client.query(`
    UPDATE b_member SET id = pg_temp.uuid7(reported_at, key, 23),
      user_id = CASE WHEN community_i = 0 AND status = 'ACTIVE' THEN pg_temp.uuid7(reported_at, key, 21) END`);
  await client.query(
    `
    INSERT INTO "User" (id, phone, name, "passwordHash", "createdAt", "updatedAt")
    SELECT user_id, phone, name, $1, reported_at, reported_at FROM b_member WHERE user_id IS NOT NULL ORDER BY user_id`,
    [passwordHash],
  );
  await client.query(`
    INSERT INTO "RoleGrant" (id, "userId", role, "organizationId", "createdAt")
    SELECT pg_temp.uuid7(reported_at + interval '3 days', key, 22), user_id, 'MEMBER', community_id, reported_at + interval '3 days'
    FROM b_member WHERE user_id IS NOT NULL ORDER BY user_id`);

  await client.query(
    `
    INSERT INTO "Member" (id, "userId", name, gender, phone, "communityId", "gridId", "buildingId", room, kind,
      "employerUnitId", "employerLinkedAt", "employerName", "employerBranch", position, skills, interests, availability, willingness,
      status, source, "rejectReason", "reportedAt", "verifiedAt", "movedOutAt", "isCenterHousehold", "isCouncilMember",
      "isBuildingLeader", "badgeNumber", "consentAt", "consentVersion", "createdAt", "updatedAt")
    SELECT m.id, m.user_id, m.name,
      (CASE WHEN ${r(19)} < 0.5 THEN 'MALE' ELSE 'FEMALE' END)::"Gender", m.phone, m.community_id, m.grid_id, m.building_id,
      (1 + floor(${r(24)} * 18))::int || '0' || (1 + floor(${r(25)} * 4))::int, m.kind,
      CASE WHEN m.kind = 'IN_SERVICE' AND ${r(14)} < 0.85 THEN u.id END,
      CASE WHEN m.kind = 'IN_SERVICE' AND ${r(14)} < 0.85 AND u.id IS NOT NULL THEN m.reported_at END,
      CASE WHEN m.kind = 'IN_SERVICE' AND ${r(14)} >= 0.85 THEN ($4::text[])[1 + floor(${r(26)} * 6)::int] END,
      CASE WHEN m.kind = 'IN_SERVICE' AND ${r(14)} >= 0.85 THEN ($4::text[])[1 + floor(${r(26)} * 6)::int] || '党支部' END,
      CASE WHEN m.kind = 'IN_SERVICE' THEN ($5::text[])[1 + floor(${r(27)} * 12)::int] END,
      (CASE WHEN ${r(28)} < 0.3 THEN ARRAY[s1] WHEN ${r(28)} < 0.8 THEN ARRAY[s1, s2] ELSE ARRAY[s1, s2, s3] END),
      (CASE WHEN ${r(29)} < 0.5 THEN ARRAY[($2::text[])[1 + x.i2 % 7]] ELSE ARRAY[($2::text[])[1 + x.i2 % 7], ($2::text[])[1 + (x.i2 + 1 + x.i1 % 6) % 7]] END),
      (CASE WHEN ${r(31)} < 0.6 THEN ARRAY[($3::text[])[1 + x.i2 % 3]] ELSE ARRAY[($3::text[])[1 + x.i2 % 3], ($3::text[])[1 + (x.i2 + 1) % 3]] END),
      '愿意利用业余时间为社区服务', m.status,
      (CASE WHEN ${r(32)} < 0.7 THEN 'SELF_REPORTED' WHEN ${r(32)} < 0.95 THEN 'IMPORTED' ELSE 'ADDED_BY_SECRETARY' END)::"MemberSource",
      CASE WHEN m.status = 'REJECTED' THEN '楼栋与房号不符，请核对后重新提交' END,
      m.reported_at,
      CASE WHEN m.status IN ('ACTIVE', 'MOVED_OUT') THEN m.reported_at + (1 + floor(${r(33)} * 7)) * interval '1 day' END,
      CASE WHEN m.status = 'MOVED_OUT' THEN m.reported_at + (60 + floor(${r(34)} * 300)) * interval '1 day' END,
      ${r(35)} < 0.06, ${r(36)} < 0.06, ${r(37)} < 0.08, NULL, m.reported_at, '2026-01', m.reported_at,
      m.reported_at + interval '10 days'
    FROM b_member m
    CROSS JOIN LATERAL (SELECT floor(${r(38)} * 1000)::int AS i1, floor(${r(39)} * 1000)::int AS i2) x
    CROSS JOIN LATERAL (SELECT ($1::text[])[1 + x.i1 % 20] AS s1, ($1::text[])[1 + (x.i1 + 1 + x.i2 % 9) % 20] AS s2,
                               ($1::text[])[1 + (x.i1 + 10 + x.i2 % 9) % 20] AS s3) sk
    LEFT JOIN b_unit u ON u.i = ${zipfUnit(units, "m.key")}
    ORDER BY m.reported_at`,
    [SKILLS, INTERESTS, AVAILABILITY, UNREGISTERED, POSITIONS],
  );
}
