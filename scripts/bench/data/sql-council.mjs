// The council (议事团) of every community: ten sitting members (its first ten verified members by
// id) and six consultations — four published with opinions, one open, one draft. Set-based, like
// the rest of the generator; ids are uuid v7 from (key, salt) so reruns give the same rows.
import { sqlTs } from "./plan.mjs";

const TOPICS = ["加装电梯", "电动车进楼充电治理", "小区停车位划分", "垃圾分类投放点调整", "老旧小区改造方案", "广场舞噪音协调"];

export async function insertCouncil(client, { anchor }) {
  const ts = sqlTs(anchor);
  await client.query(`
    CREATE TEMP TABLE b_seat AS
    SELECT m.id AS member_id, m."communityId" AS community_id, dense_rank() OVER (ORDER BY m."communityId")::bigint AS c_key, m.rn
    FROM (SELECT id, "communityId", row_number() OVER (PARTITION BY "communityId" ORDER BY id) AS rn
          FROM "Member" WHERE status = 'ACTIVE') m
    WHERE m.rn <= 10`);
  await client.query(
    `INSERT INTO "CouncilSeat" (id, "communityId", "memberId", "startsOn", "endsOn", "createdAt")
     SELECT pg_temp.uuid7($1::timestamp - interval '400 days', c_key * 100 + rn, 41), community_id, member_id,
            $1::timestamp - interval '400 days', $1::timestamp + interval '700 days', $1::timestamp - interval '400 days'
     FROM b_seat ORDER BY c_key, rn`,
    [ts],
  );
  await client.query(
    `UPDATE "Member" SET "isCouncilMember" = false WHERE "isCouncilMember" AND id NOT IN (SELECT member_id FROM b_seat)`,
  );
  await client.query(`UPDATE "Member" SET "isCouncilMember" = true WHERE id IN (SELECT member_id FROM b_seat)`);
  await client.query(
    `CREATE TEMP TABLE b_cons AS
     SELECT c.c_key, c.community_id, k, pg_temp.uuid7($1::timestamp - (k * 30) * interval '1 day', c.c_key * 100 + k, 42) AS id,
            $1::timestamp - (k * 30) * interval '1 day' AS opened_at
     FROM (SELECT DISTINCT c_key, community_id FROM b_seat) c CROSS JOIN generate_series(1, 6) k`,
    [ts],
  );
  await client.query(
    `INSERT INTO "Consultation" (id, "communityId", title, background, links, options, status, "openToAll", deadline, "openedAt",
       "meetingAt", "meetingMinutes", outcome, "decisionReason", "decidedAt", "publishedAt", "createdAt", "updatedAt")
     SELECT id, community_id, ($2::text[])[k] || '（' || k || '）',
            '居民反映' || ($2::text[])[k] || '问题，请议事团成员发表意见。', '{}', ARRAY['同意', '不同意', '需要进一步讨论'],
            (CASE WHEN k <= 4 THEN 'PUBLISHED' WHEN k = 5 THEN 'OPEN' ELSE 'DRAFT' END)::"ConsultationStatus", k = 5,
            CASE WHEN k = 5 THEN $1::timestamp + interval '10 days' WHEN k < 5 THEN opened_at + interval '10 days' END,
            CASE WHEN k <= 5 THEN opened_at END,
            CASE WHEN k <= 4 THEN opened_at + interval '12 days' END,
            CASE WHEN k <= 4 THEN '议事会议纪要：与会成员充分讨论，形成多数意见。' END,
            (CASE WHEN k <= 4 THEN (CASE WHEN k % 2 = 1 THEN 'ADOPTED' ELSE 'NOT_ADOPTED' END) END)::"ConsultationOutcome",
            CASE WHEN k <= 4 THEN '根据多数意见作出决定。' END,
            CASE WHEN k <= 4 THEN opened_at + interval '13 days' END,
            CASE WHEN k <= 4 THEN opened_at + interval '14 days' END,
            opened_at - interval '1 day', opened_at
     FROM b_cons ORDER BY c_key, k`,
    [ts, TOPICS],
  );
  await client.query(`
    INSERT INTO "ConsultationInvitation" ("consultationId", "memberId", attended, "createdAt")
    SELECT c.id, s.member_id, c.k <= 4 AND s.rn <= 7, c.opened_at
    FROM b_cons c JOIN b_seat s ON s.c_key = c.c_key WHERE c.k <= 5`);
  await client.query(`
    INSERT INTO "ConsultationOpinion" (id, "consultationId", "memberId", "communityId", option, reasons, "createdAt", "updatedAt")
    SELECT pg_temp.uuid7(c.opened_at + s.rn * interval '1 hour', c.c_key * 10000 + c.k * 100 + s.rn, 43), c.id, s.member_id, c.community_id,
           (s.rn % 3)::int, '我的理由：' || (ARRAY['方便居民', '费用需要分摊', '先试点再推广'])[1 + s.rn % 3],
           c.opened_at + s.rn * interval '1 hour', c.opened_at + s.rn * interval '1 hour'
    FROM b_cons c JOIN b_seat s ON s.c_key = c.c_key WHERE c.k <= 5 AND s.rn <= 8`);
}
