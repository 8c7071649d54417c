// Residents' needs (issue 9): about two per member over the five years, with a realistic status
// mix (most old ones confirmed and rated, some closed or rejected; recent ones spread over the
// open states), one claim by an active member of the same community for every claimed need, and
// the timeline's first line. Set-based like the rest; no points entries (the activity records
// carry the points figures the other pages are measured on).
import { sqlTs } from "./plan.mjs";

export async function insertNeeds(client, { anchor, firstYear }) {
  const start = `${firstYear}-01-01 00:00:00`;
  await client.query(`
    CREATE TEMP TABLE b_claimer AS
    SELECT "communityId" AS community_id, (row_number() OVER (PARTITION BY "communityId" ORDER BY id))::int AS rn, id AS member_id
    FROM "Member" WHERE status = 'ACTIVE'`);
  await client.query(`CREATE INDEX ON b_claimer (community_id, rn)`);
  await client.query(
    `CREATE TEMP TABLE b_claimer_n AS SELECT community_id, count(*)::int AS n FROM b_claimer GROUP BY community_id`,
  );
  await client.query(`
    CREATE TEMP TABLE b_needcat AS
    SELECT (row_number() OVER (ORDER BY "sortOrder", id))::int - 1 AS i, id FROM "ServiceCategory" WHERE "communityId" IS NULL`);
  await client.query(
    `
    CREATE TEMP TABLE b_need AS
    WITH base AS (
      SELECT (m.rn * 2 + s.i)::bigint AS k, m."communityId" AS community_id, c."streetId" AS street_id, m."gridId" AS grid_id,
             m."buildingId" AS building_id,
             $2::timestamp + pg_temp.r(m.rn * 2 + s.i, 41) * ($1::timestamp - $2::timestamp) AS created_at
      FROM (SELECT id, "communityId", "gridId", "buildingId", (row_number() OVER (ORDER BY id))::bigint AS rn FROM "Member") m
      JOIN "Organization" c ON c.id = m."communityId"
      CROSS JOIN (VALUES (0), (1)) s(i)
      WHERE pg_temp.r(m.rn * 2 + s.i, 40) < 0.97
    ), st AS (
      SELECT b.*, pg_temp.r(b.k, 42) AS r1,
             CASE WHEN b.created_at < $1::timestamp - interval '30 days' THEN
               CASE WHEN pg_temp.r(b.k, 42) < 0.76 THEN 'CONFIRMED' WHEN pg_temp.r(b.k, 42) < 0.86 THEN 'CLOSED'
                    WHEN pg_temp.r(b.k, 42) < 0.93 THEN 'REJECTED' ELSE 'DONE' END
             ELSE
               CASE WHEN pg_temp.r(b.k, 42) < 0.2 THEN 'SUBMITTED' WHEN pg_temp.r(b.k, 42) < 0.45 THEN 'PUBLISHED'
                    WHEN pg_temp.r(b.k, 42) < 0.7 THEN 'CLAIMED' WHEN pg_temp.r(b.k, 42) < 0.85 THEN 'DONE' ELSE 'CONFIRMED' END
             END AS status
      FROM base b
    ), t AS (
      SELECT st.*,
             CASE WHEN st.status NOT IN ('SUBMITTED', 'REJECTED') THEN least(st.created_at + (2 + pg_temp.r(st.k, 43) * 46) * interval '1 hour', $1::timestamp) END AS published_at,
             CASE WHEN st.status IN ('CLAIMED', 'DONE', 'CONFIRMED')
                  THEN least(st.created_at + (4 + pg_temp.r(st.k, 44) ^ 2 * 160) * interval '1 hour', $1::timestamp) END AS claimed_at
      FROM st
    ), d AS (
      SELECT t.*,
             CASE WHEN t.status IN ('DONE', 'CONFIRMED') THEN least(t.claimed_at + (12 + pg_temp.r(t.k, 45) * 230) * interval '1 hour', $1::timestamp) END AS done_at
      FROM t
    )
    SELECT d.*, pg_temp.uuid7(d.created_at, d.k, 46) AS id,
           CASE WHEN d.status = 'CONFIRMED' THEN least(d.done_at + (1 + pg_temp.r(d.k, 47) * 70) * interval '1 hour', $1::timestamp) END AS confirmed_at,
           CASE WHEN d.status = 'CONFIRMED' THEN
             CASE WHEN pg_temp.r(d.k, 48) < 0.62 THEN 5 WHEN pg_temp.r(d.k, 48) < 0.9 THEN 4 WHEN pg_temp.r(d.k, 48) < 0.98 THEN 3 ELSE 2 END END AS rating,
           (ARRAY['WISH', 'SERVICE', 'SERVICE', 'PROBLEM'])[1 + floor(pg_temp.r(d.k, 49) * 4)::int] AS kind,
           floor(pg_temp.r(d.k, 50) * (SELECT count(*) FROM b_needcat))::int AS cat_i
    FROM d`,
    [sqlTs(anchor), start],
  );
  await client.query(
    `
    INSERT INTO "Need" (id, "communityId", "streetId", kind, "categoryId", content, "wantedWhen", "buildingId", "gridId", room,
      "residentName", "residentPhone", "consentVersion", "consentAt", source, "trackingHash", status, places, "claimedCount",
      "publishedAt", "firstClaimedAt", "doneAt", "confirmedAt", "closedAt", reason, rating, "ratingSource", "createdAt", "updatedAt")
    SELECT n.id, n.community_id, n.street_id, n.kind::"NeedKind", cat.id,
           (ARRAY['帮忙陪同老人去医院复诊', '独居老人想要一台收音机', '楼道灯坏了需要维修', '周末辅导孩子功课', '帮忙更换水龙头',
                  '教老人使用智能手机', '小区绿地垃圾清理', '代购常用药品'])[1 + (n.k % 8)::int],
           CASE WHEN n.k % 3 = 0 THEN '周六上午' END, n.building_id, n.grid_id, (1 + n.k % 18)::text || '0' || (1 + n.k % 4)::text,
           '居民' || (n.k % 997)::text, '137' || lpad((n.k % 100000000)::text, 8, '0'), '2026-12', n.created_at,
           (CASE WHEN n.k % 5 = 0 THEN 'ON_BEHALF' ELSE 'RESIDENT' END)::"NeedSource",
           encode(sha256(convert_to('bench-need-' || n.k::text, 'UTF8')), 'hex'),
           n.status::"NeedStatus", 1, CASE WHEN n.claimed_at IS NOT NULL THEN 1 ELSE 0 END,
           n.published_at, n.claimed_at, n.done_at, n.confirmed_at,
           CASE WHEN n.status = 'CONFIRMED' THEN n.confirmed_at
                WHEN n.status IN ('CLOSED', 'REJECTED') THEN least(n.created_at + interval '10 days', $1::timestamp) END,
           CASE WHEN n.status = 'CLOSED' THEN '居民已自行解决' WHEN n.status = 'REJECTED' THEN '不属于社区服务范围' END,
           n.rating, CASE WHEN n.rating IS NOT NULL THEN (CASE WHEN n.k % 4 = 0 THEN 'PHONE' ELSE 'RESIDENT' END)::"NeedRatingSource" END,
           n.created_at, coalesce(n.confirmed_at, n.done_at, n.claimed_at, n.published_at, n.created_at)
    FROM b_need n JOIN b_needcat cat ON cat.i = n.cat_i
    ORDER BY n.created_at, n.k`,
    [sqlTs(anchor)],
  );
  await client.query(`
    INSERT INTO "NeedClaim" (id, "needId", "memberId", "communityId", status, "claimedAt", "doneAt", "doneNote", hours, "creditedAt")
    SELECT pg_temp.uuid7(n.claimed_at, n.k, 52), n.id, cl.member_id, n.community_id,
           (CASE WHEN n.status = 'CLAIMED' THEN 'ACTIVE' ELSE 'DONE' END)::"NeedClaimStatus",
           n.claimed_at, n.done_at, CASE WHEN n.done_at IS NOT NULL THEN '已办结' END,
           CASE WHEN n.done_at IS NOT NULL THEN 1 ELSE 0 END, n.confirmed_at
    FROM b_need n
    JOIN b_claimer_n cn ON cn.community_id = n.community_id
    JOIN b_claimer cl ON cl.community_id = n.community_id AND cl.rn = 1 + floor(pg_temp.r(n.k, 51) * cn.n)::int
    WHERE n.claimed_at IS NOT NULL`);
  await client.query(`
    INSERT INTO "NeedEvent" ("needId", kind, params, "visibleToResident", "createdAt")
    SELECT n.id, 'submitted', '{}'::jsonb, true, n.created_at FROM b_need n ORDER BY n.created_at, n.k`);
}
