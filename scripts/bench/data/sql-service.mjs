// Five years of service menus (ServiceItem per community and year) and members' pledges.
import { sqlTs } from "./plan.mjs";

/** Activity and menu templates: [category code, title, place, points, hours]. */
export const TEMPLATES = [
  ["ENVIRONMENT", "楼道清洁与小广告清理", "各楼栋楼道", 5, 2],
  ["ENVIRONMENT", "垃圾分类督导", "小区垃圾分类投放点", 4, 1.5],
  ["CIVILITY", "文明养犬劝导", "小区中心花园", 3, 1],
  ["CIVILITY", "文明交通劝导", "小区门口路口", 4, 2],
  ["AID", "走访困难家庭送温暖", "社区党群服务中心集合", 8, 3],
  ["AID", "健康义诊与血压测量", "社区卫生服务站", 6, 3],
  ["SECURITY", "夜间平安巡逻", "社区警务室集合", 6, 2],
  ["SECURITY", "消防安全隐患排查", "各楼栋", 5, 2],
  ["PUBLICITY", "反诈宣传进楼栋", "社区广场", 4, 2],
  ["PUBLICITY", "暑期青少年安全课堂", "社区图书室", 5, 2],
  ["CULTURE", "重阳节敬老文艺演出", "社区活动中心", 5, 2.5],
  ["CULTURE", "周末亲子阅读会", "社区图书室", 3, 1.5],
  ["ADVICE", "老旧小区改造居民议事会", "社区议事厅", 4, 2],
  ["ADVICE", "加装电梯协调会", "社区议事厅", 4, 2],
  ["SELF_PROPOSED", "法律咨询进社区", "社区党群服务中心", 6, 2],
  ["SELF_PROPOSED", "家电义务维修", "社区广场", 6, 3],
];

/** b_template(t, category_id, title, place, points, hours) from the categories the migration seeded. */
export async function createTemplates(client) {
  const { rows } = await client.query(`SELECT id, code FROM "ServiceCategory" WHERE code IS NOT NULL`);
  const byCode = new Map(rows.map((row) => [row.code, row.id]));
  const missing = TEMPLATES.filter(([code]) => !byCode.has(code)).map(([code]) => code);
  if (missing.length) throw new Error(`service categories missing (migration changed?): ${missing.join(", ")}`);
  await client.query(
    `
    CREATE TEMP TABLE b_template AS
    SELECT (x.n - 1)::int AS t, x.category_id, x.title, x.place, x.points, x.hours
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::numeric[]) WITH ORDINALITY AS x(category_id, title, place, points, hours, n)`,
    [
      TEMPLATES.map(([code]) => byCode.get(code)),
      TEMPLATES.map((t) => t[1]),
      TEMPLATES.map((t) => t[2]),
      TEMPLATES.map((t) => t[3]),
      TEMPLATES.map((t) => t[4]),
    ],
  );
  await client.query(`ALTER TABLE b_template ADD PRIMARY KEY (t)`);
}

/** 8–12 menu items per community and Beijing year; the current year's are open, older ones mostly closed. */
export async function insertMenus(client, { firstYear, lastYear }) {
  await client.query(
    `
    CREATE TEMP TABLE b_menu AS
    SELECT c.i AS community_i, c.id AS community_id, y.year, 8 + floor(pg_temp.r(c.i * 100 + y.year - $1, 40) * 5)::int AS n_items
    FROM b_community c, generate_series($1::int, $2::int) AS y(year)`,
    [firstYear, lastYear],
  );
  await client.query(
    `
    CREATE TEMP TABLE b_item AS
    SELECT m.community_i, m.community_id, m.year, s.ord, m.n_items, tp.t, tp.category_id, tp.title,
           (make_timestamp(m.year, 1, 5, 1, 0, 0) + m.community_i * interval '1 second' + s.ord * interval '1 millisecond') AS t_created,
           (m.community_i::bigint * 100 + m.year - $1) * 100 + s.ord AS k
    FROM b_menu m CROSS JOIN LATERAL generate_series(0, m.n_items - 1) AS s(ord)
    JOIN b_template tp ON tp.t = (s.ord * 2 + floor(pg_temp.r((m.community_i::bigint * 100 + m.year - $1) * 100 + s.ord, 41) * 2)::int) % 16`,
    [firstYear],
  );
  await client.query(`ALTER TABLE b_item ADD COLUMN id uuid`);
  await client.query(`UPDATE b_item SET id = pg_temp.uuid7(t_created, k, 42)`);
  await client.query(`ALTER TABLE b_item ADD PRIMARY KEY (community_i, year, ord)`);
  await client.query(
    `
    INSERT INTO "ServiceItem" (id, "communityId", year, "categoryId", title, description, "skillsWanted", "typicalTime", positions, status, "createdAt", "updatedAt")
    SELECT id, community_id, year, category_id, title, title || '：在职党员按认领的时间参加，社区统一安排。', ARRAY[]::text[],
           CASE WHEN pg_temp.r(k, 43) < 0.5 THEN '周末上午' ELSE '工作日晚上' END, 5 + floor(pg_temp.r(k, 44) * 26)::int,
           (CASE WHEN year = $1 THEN (CASE WHEN pg_temp.r(k, 45) < 0.85 THEN 'OPEN' WHEN pg_temp.r(k, 45) < 0.95 THEN 'PROPOSED' ELSE 'CLOSED' END)
                 ELSE (CASE WHEN pg_temp.r(k, 45) < 0.7 THEN 'CLOSED' ELSE 'OPEN' END) END)::"ServiceItemStatus",
           t_created, t_created
    FROM b_item ORDER BY t_created`,
    [lastYear],
  );
}

/**
 * Each ACTIVE member pledges one item in 55% of the years since they reported, a second one in
 * 45% of those years; 5% of pledges were withdrawn later.
 */
export async function insertPledges(client, { firstYear, lastYear, anchor }) {
  await client.query(
    `
    INSERT INTO "Pledge" (id, "memberId", "itemId", "communityId", year, remark, availability, "createdAt", "withdrawnAt")
    SELECT pg_temp.uuid7(x.created, x.k * 2 + x.slot, 51), x.member_id, i.id, x.community_id, x.year,
           CASE WHEN x.slot = 0 THEN '周末可以参加' ELSE '工作日晚上可以参加' END,
           CASE WHEN x.slot = 0 THEN ARRAY['WEEKEND'] ELSE ARRAY['WEEKDAY_EVENING'] END,
           x.created, CASE WHEN pg_temp.r(x.k * 2 + x.slot, 56) < 0.05 THEN least(x.created + interval '30 days', $3::timestamp) END
    FROM (
      SELECT m.id AS member_id, m.community_i, m.community_id, y.year, s.slot, mn.n_items,
             m.key * 8 + (y.year - $1) AS k,
             least($3::timestamp - interval '1 hour',
                   greatest(m.reported_at, make_timestamp(y.year, 1, 10, 1, 0, 0)) + floor(pg_temp.r(m.key * 8 + y.year - $1, 57) * 60) * interval '1 day') AS created,
             CASE WHEN s.slot = 0 THEN floor(pg_temp.r(m.key * 8 + y.year - $1, 54) * mn.n_items)::int
                  ELSE (floor(pg_temp.r(m.key * 8 + y.year - $1, 54) * mn.n_items)::int + 1 + floor(pg_temp.r(m.key * 8 + y.year - $1, 55) * (mn.n_items - 1))::int) % mn.n_items END AS ord
      FROM b_member m
      CROSS JOIN generate_series($1::int, $2::int) AS y(year)
      CROSS JOIN (VALUES (0), (1)) AS s(slot)
      JOIN b_menu mn ON mn.community_i = m.community_i AND mn.year = y.year
      WHERE m.status = 'ACTIVE' AND extract(year FROM m.reported_at + interval '8 hours') <= y.year
        AND pg_temp.r(m.key * 8 + y.year - $1, 52) < 0.55
        AND (s.slot = 0 OR pg_temp.r(m.key * 8 + y.year - $1, 53) < 0.45)
    ) x
    JOIN b_item i ON i.community_i = x.community_i AND i.year = x.year AND i.ord = x.ord
    ORDER BY x.created`,
    [firstYear, lastYear, sqlTs(anchor)],
  );
}
