// Activities over five years and who takes part: b_act (one row per activity) and b_pick (the
// chosen members of each activity). Past activities get attendance records; upcoming ones get
// sign-ups with waitlists. The rows themselves are written by sql-records.mjs.
import { sqlTs } from "./plan.mjs";

/** ACTIVE members of each community in a random order (ord): low ords are the keen ones. */
export async function rankActiveMembers(client) {
  await client.query(`
    CREATE TEMP TABLE b_active AS
    SELECT community_i, (row_number() OVER (PARTITION BY community_i ORDER BY pg_temp.r(key, 30), key) - 1)::int AS ord, id AS member_id, key
    FROM b_member WHERE status = 'ACTIVE'`);
  await client.query(`ALTER TABLE b_active ADD PRIMARY KEY (community_i, ord)`);
  await client.query(`CREATE TEMP TABLE b_pool AS SELECT community_i, count(*)::int AS n_active FROM b_active GROUP BY 1`);
  await client.query(`ALTER TABLE b_pool ADD PRIMARY KEY (community_i)`);
}

/**
 * One row per activity. Days: past ones anywhere in the 5 years before the anchor (start of
 * today, Beijing), about 2% in the 30 days after it. 75% belong to a menu item of their year.
 */
export async function planActivities(client, { anchor, upcomingShare = 0.02 }) {
  const r = (salt) => `pg_temp.r(a.key, ${salt})`;
  await client.query(
    `
    CREATE TEMP TABLE b_act AS
    SELECT a.key, a.community_i, a.community_id, a.upcoming, a.starts_at, a.year, i.id AS item_id, tp.category_id, tp.title, tp.place,
           tp.points, tp.hours, a.starts_at + tp.hours * interval '1 hour' AS ends_at,
           10 + floor(${r(64)} * 41)::int AS capacity,
           (CASE WHEN a.upcoming THEN (CASE WHEN ${r(65)} < 0.85 THEN 'PUBLISHED' ELSE 'DRAFT' END)
                 ELSE (CASE WHEN ${r(65)} < 0.95 THEN 'PUBLISHED' ELSE 'CANCELLED' END) END)::"ActivityStatus" AS status,
           0.25 + ${r(67)} * 0.6 AS fill, ${r(68)} AS demand
    FROM (
      SELECT x.*, extract(year FROM x.starts_at + interval '8 hours')::int AS year
      FROM (
        SELECT c.i AS community_i, c.id AS community_id, (c.act_start + s.j)::bigint AS key,
               pg_temp.r(c.act_start + s.j, 60) < $2 AS upcoming,
               $1::timestamp
                 + (CASE WHEN pg_temp.r(c.act_start + s.j, 60) < $2 THEN 1 + floor(pg_temp.r(c.act_start + s.j, 61) * 30)
                         ELSE -1 - floor(pg_temp.r(c.act_start + s.j, 61) * ${5 * 365 - 1}) END) * interval '1 day'
                 + (ARRAY[9, 14, 19])[1 + floor(pg_temp.r(c.act_start + s.j, 59) * 3)::int] * interval '1 hour' AS starts_at
        FROM b_community c, generate_series(0, c.n_activities - 1) AS s(j)
      ) x
    ) a
    LEFT JOIN b_menu mn ON mn.community_i = a.community_i AND mn.year = a.year AND ${r(62)} < 0.75
    LEFT JOIN b_item i ON i.community_i = a.community_i AND i.year = a.year AND i.ord = floor(${r(63)} * mn.n_items)::int
    JOIN b_template tp ON tp.t = coalesce(i.t, floor(${r(69)} * 16)::int)`,
    [sqlTs(anchor), upcomingShare],
  );
  await client.query(`ALTER TABLE b_act ADD PRIMARY KEY (key)`);
  // times around publication, never after the anchor
  await client.query(`
    ALTER TABLE b_act ADD COLUMN published_at timestamp, ADD COLUMN created_at timestamp, ADD COLUMN id uuid,
      ADD COLUMN want int NOT NULL DEFAULT 0, ADD COLUMN pool int NOT NULL DEFAULT 0, ADD COLUMN expo float8 NOT NULL DEFAULT 1.7`);
  await client.query(
    `
    UPDATE b_act SET published_at = CASE WHEN status <> 'DRAFT'
        THEN least(starts_at - (7 + floor(pg_temp.r(key, 66) * 8)) * interval '1 day', $1::timestamp - interval '1 hour') END,
      created_at = least(starts_at - (15 + floor(pg_temp.r(key, 58) * 5)) * interval '1 day', $1::timestamp - interval '2 days')`,
    [sqlTs(anchor)],
  );
  await client.query(`UPDATE b_act SET id = pg_temp.uuid7(created_at, key, 57)`);
}

/**
 * How many members each activity gets: past PUBLISHED ones `fill × capacity`, scaled so that the
 * attendance records add up to the target (within rounding), at most 80% of the community's
 * ACTIVE members (a fifth never serve: 报到不服务); upcoming PUBLISHED ones 50–150% of capacity
 * in sign-ups, so popular ones have a waitlist.
 */
export async function sizeParticipation(client, { recordsTarget }) {
  const past = `a.status = 'PUBLISHED' AND NOT a.upcoming`;
  const wantSql = `least(a.capacity, floor(p.n_active * 0.8)::int, greatest(1, round(a.capacity * a.fill * $1)::int))`;
  let scale = 1;
  for (let i = 0; i < 6; i++) {
    const { rows } = await client.query(
      `SELECT coalesce(sum(${wantSql}), 0)::float8 AS total FROM b_act a JOIN b_pool p USING (community_i) WHERE ${past}`,
      [scale],
    );
    const total = rows[0].total;
    if (!total) break;
    const next = scale * (recordsTarget / total);
    if (Math.abs(next - scale) / scale < 0.0005) break;
    scale = next;
  }
  await client.query(
    `
    UPDATE b_act a SET want = ${wantSql}, pool = floor(p.n_active * 0.8)::int, expo = 1.7
    FROM b_pool p WHERE p.community_i = a.community_i AND ${past}`,
    [scale],
  );
  await client.query(`
    UPDATE b_act a SET want = least(p.n_active, round(a.capacity * (0.5 + a.demand))::int), pool = p.n_active, expo = 1.3
    FROM b_pool p WHERE p.community_i = a.community_i AND a.status = 'PUBLISHED' AND a.upcoming`);
  return scale;
}

/**
 * Draws 2×want+5 candidates per activity, skewed towards low ords (keen members), keeps the first
 * `want` distinct ones. Then the outcome per pick: past — walk-in (5%, no sign-up), came (92%) or
 * no-show; upcoming — cancelled (5%), else confirmed up to capacity and waitlisted after.
 */
export async function pickParticipants(client) {
  await client.query(`
    CREATE TEMP TABLE b_pick AS
    SELECT act_key, ord, rn FROM (
      SELECT x.act_key, x.ord, x.want, row_number() OVER (PARTITION BY x.act_key ORDER BY min(x.i)) AS rn
      FROM (
        SELECT a.key AS act_key, a.want, s.i,
               floor(a.pool * power(pg_temp.r(a.key * 256 + s.i, 70), a.expo))::int AS ord
        FROM b_act a, generate_series(0, least(255, a.want * 2 + 5)) AS s(i)
        WHERE a.want > 0
      ) x
      GROUP BY x.act_key, x.ord, x.want
    ) y
    WHERE rn <= want`);
  await client.query(`
    ALTER TABLE b_pick ADD COLUMN member_id uuid, ADD COLUMN walk_in bool NOT NULL DEFAULT false,
      ADD COLUMN came bool NOT NULL DEFAULT false, ADD COLUMN cancelled bool NOT NULL DEFAULT false, ADD COLUMN signup text`);
  await client.query(`
    UPDATE b_pick k SET member_id = m.member_id,
      walk_in = NOT a.upcoming AND pg_temp.r(k.act_key * 256 + k.rn, 71) < 0.05,
      came = NOT a.upcoming AND pg_temp.r(k.act_key * 256 + k.rn, 72) < 0.92,
      cancelled = a.upcoming AND pg_temp.r(k.act_key * 256 + k.rn, 73) < 0.05
    FROM b_act a, b_active m
    WHERE a.key = k.act_key AND m.community_i = a.community_i AND m.ord = k.ord`);
  // a walk-in came by definition; past sign-ups were confirmed; upcoming: places in order, then the waitlist
  await client.query(`UPDATE b_pick SET came = true WHERE walk_in`);
  await client.query(`
    UPDATE b_pick k SET signup = s.status
    FROM (
      SELECT k2.act_key, k2.rn,
             CASE WHEN NOT a.upcoming THEN 'CONFIRMED'
                  WHEN k2.cancelled THEN 'CANCELLED'
                  WHEN row_number() OVER (PARTITION BY k2.act_key, k2.cancelled ORDER BY k2.rn) <= a.capacity THEN 'CONFIRMED'
                  ELSE 'WAITLISTED' END AS status
      FROM b_pick k2 JOIN b_act a ON a.key = k2.act_key
      WHERE NOT k2.walk_in
    ) s
    WHERE s.act_key = k.act_key AND s.rn = k.rn`);
  await client.query(`ALTER TABLE b_pick ADD PRIMARY KEY (act_key, rn)`);
}
