// Session helpers and the organization tree: streets, communities, grids, buildings, work units.
//
// Randomness: every random value is a pure function of (row key, salt) — a 64-bit hash of the two
// (PostgreSQL's hashint8extended), not the session's random() sequence. The data therefore does
// not depend on plan choices or row order, and ids (time-ordered uuid v7, like Prisma's) are
// reproducible too. `setseed()` is still called for any random() a later step might use.
import { SEED, sqlTs } from "./plan.mjs";

export async function createHelpers(client) {
  await client.query(`SET max_parallel_workers_per_gather = 0`);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '128MB'`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SELECT setseed($1)`, [(SEED % 1000) / 1000]);
  // uniform in [0, 1) from a key and a salt
  await client.query(`
    CREATE FUNCTION pg_temp.r(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT ((hashint8extended(k, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$`);
  // uuid v7: the row's own timestamp, then 74 bits from the hash of (key, salt)
  await client.query(`
    CREATE FUNCTION pg_temp.uuid7(ts timestamp, k bigint, salt int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (lpad(to_hex(floor(extract(epoch FROM ts) * 1000)::bigint), 12, '0')
         || '7' || lpad(to_hex(hashint8extended(k, salt) & 4095), 3, '0')
         || to_hex(8 + ((hashint8extended(k, salt) >> 12) & 3))
         || lpad(to_hex((hashint8extended(k, salt) >> 14) & 4095), 3, '0')
         || lpad(to_hex(hashint8extended(k, salt + 7777) & 281474976710655), 12, '0'))::uuid $$`);
}

/** Streets, communities (with grids and buildings) and work units; temp tables b_* keep the plan's indexes. */
export async function insertOrganizations(client, plan, anchor) {
  const founded = sqlTs(new Date(anchor.getTime() - 6 * 365 * 86_400_000));
  await client.query(
    `
    CREATE TEMP TABLE b_street AS
    SELECT (s.n - 1)::int AS i, s.name, pg_temp.uuid7($2::timestamp + (s.n - 1) * interval '1 minute', s.n, 1) AS id,
           $2::timestamp + (s.n - 1) * interval '1 minute' AS t
    FROM unnest($1::text[]) WITH ORDINALITY AS s(name, n)`,
    [plan.streets, founded],
  );
  await client.query(`
    INSERT INTO "Organization" (id, kind, name, "streetId", "partyBranchName", "createdAt", "updatedAt")
    SELECT id, 'STREET', name, id, name || '党工委', t, t FROM b_street ORDER BY i`);

  const c = plan.communities;
  // cumulative offsets: members and activities get global keys community by community
  let memberStart = 0,
    activityStart = 0;
  const starts = c.map((x) => {
    const row = { memberStart, activityStart, buildings: x.buildingsPerGrid.reduce((a, b) => a + b, 0) };
    memberStart += x.members;
    activityStart += x.activities;
    return row;
  });
  await client.query(
    `
    CREATE TEMP TABLE b_community AS
    SELECT (x.n - 1)::int AS i, x.name, x.street_i, st.id AS street_id, x.n_members, x.n_activities, x.member_start, x.act_start, x.n_buildings,
           pg_temp.uuid7($8::timestamp + interval '1 day' + x.n * interval '1 second', x.n, 2) AS id,
           $8::timestamp + interval '1 day' + x.n * interval '1 second' AS t
    FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[]) WITH ORDINALITY
         AS x(name, street_i, n_members, n_activities, member_start, act_start, n_buildings, n)
    JOIN b_street st ON st.i = x.street_i`,
    [
      c.map((x) => x.name),
      c.map((x) => x.street),
      c.map((x) => x.members),
      c.map((x) => x.activities),
      starts.map((s) => s.memberStart),
      starts.map((s) => s.activityStart),
      starts.map((s) => s.buildings),
      founded,
    ],
  );
  await client.query(`ALTER TABLE b_community ADD PRIMARY KEY (i)`);
  await client.query(`
    INSERT INTO "Organization" (id, kind, name, "parentId", "streetId", "communityId", "partyBranchName", "contactName", "contactPhone", address, "createdAt", "updatedAt")
    SELECT id, 'COMMUNITY', name, street_id, street_id, id, '中共' || name || '委员会', '社区书记', '0757-' || lpad((8000000 + i)::text, 8, '0'),
           name || '党群服务中心', t, t
    FROM b_community ORDER BY i`);

  // grids: one row per (community, grid), with the offset of its first building in the community
  const grids = c.flatMap((x) => {
    let offset = 0;
    return x.buildingsPerGrid.map((n, j) => {
      const row = { community: x.i, j, buildings: n, offset };
      offset += n;
      return row;
    });
  });
  await client.query(
    `
    CREATE TEMP TABLE b_grid AS
    SELECT g.community_i, g.j, g.n_buildings, g.first_building, cm.id AS community_id, cm.street_id,
           ($5::text[])[g.j + 1] AS name, cm.t + interval '1 hour' + g.n * interval '1 millisecond' AS t,
           pg_temp.uuid7(cm.t + interval '1 hour' + g.n * interval '1 millisecond', g.n, 3) AS id
    FROM unnest($1::int[], $2::int[], $3::int[], $4::int[]) WITH ORDINALITY AS g(community_i, j, n_buildings, first_building, n)
    JOIN b_community cm ON cm.i = g.community_i`,
    [
      grids.map((g) => g.community),
      grids.map((g) => g.j),
      grids.map((g) => g.buildings),
      grids.map((g) => g.offset),
      [0, 1, 2, 3, 4, 5].map(plan.gridName),
    ],
  );
  await client.query(`
    INSERT INTO "Organization" (id, kind, name, "parentId", "streetId", "communityId", "createdAt", "updatedAt")
    SELECT id, 'GRID', name, community_id, street_id, community_id, t, t FROM b_grid ORDER BY t`);
  await client.query(`
    CREATE TEMP TABLE b_building AS
    SELECT g.community_i, g.first_building + s.b AS k, g.id AS grid_id, g.community_id, g.street_id,
           (g.first_building + s.b + 1) || '号楼' AS name, g.t + interval '2 hours' + s.b * interval '1 millisecond' AS t,
           pg_temp.uuid7(g.t + interval '2 hours' + s.b * interval '1 millisecond', g.community_i * 1000 + g.first_building + s.b, 4) AS id
    FROM b_grid g, generate_series(0, g.n_buildings - 1) AS s(b)`);
  await client.query(`ALTER TABLE b_building ADD PRIMARY KEY (community_i, k)`);
  await client.query(`
    INSERT INTO "Organization" (id, kind, name, "parentId", "streetId", "communityId", "createdAt", "updatedAt")
    SELECT id, 'BUILDING', name, grid_id, street_id, community_id, t, t FROM b_building ORDER BY t`);

  const u = plan.units;
  await client.query(
    `
    CREATE TEMP TABLE b_unit AS
    SELECT (x.n - 1)::int AS i, x.name, x.in_area, st.id AS street_id,
           $4::timestamp + interval '2 days' + x.n * interval '1 second' AS t,
           pg_temp.uuid7($4::timestamp + interval '2 days' + x.n * interval '1 second', x.n, 5) AS id
    FROM unnest($1::text[], $2::int[], $3::bool[]) WITH ORDINALITY AS x(name, street_i, in_area, n)
    JOIN b_street st ON st.i = x.street_i`,
    [u.map((x) => x.name), u.map((x) => x.street), u.map((x) => x.inArea), founded],
  );
  await client.query(`ALTER TABLE b_unit ADD PRIMARY KEY (i)`);
  await client.query(`
    INSERT INTO "Organization" (id, kind, name, "streetId", "partyBranchName", "contactName", "contactPhone", address, "creditCode", "inArea", "verifiedAt", "createdAt", "updatedAt")
    SELECT id, 'WORK_UNIT', name, street_id, name || '党支部', '党务联络员', '0757-' || lpad((2000000 + i)::text, 8, '0'),
           name || '办公楼', '91440600' || lpad(i::text, 10, '0'), in_area, t, t, t
    FROM b_unit ORDER BY i`);
  // units report to 1–2 communities of their own street (单位报到)
  await client.query(`
    INSERT INTO "UnitReport" (id, "unitId", "communityId", status, "offerVenues", "offerPeople", "offerSkills", "contactName", "contactPhone", "decidedAt", "createdAt", "updatedAt")
    SELECT pg_temp.uuid7(x.t, x.k, 6), x.unit_id, x.community_id,
           (CASE WHEN pg_temp.r(x.k, 7) < 0.85 THEN 'ACCEPTED' WHEN pg_temp.r(x.k, 7) < 0.95 THEN 'PENDING' ELSE 'DECLINED' END)::"UnitReportStatus",
           '会议室一间', '每月可派 5–10 名党员志愿者', ARRAY['法律咨询', '医疗保健'], '党务联络员', '0757-' || lpad((2000000 + x.unit_i)::text, 8, '0'),
           x.t + interval '3 days', x.t, x.t
    FROM (
      SELECT DISTINCT ON (u.i, cm.i) u.i AS unit_i, u.id AS unit_id, cm.id AS community_id, u.i * 4 + s.n AS k, u.t + interval '30 days' AS t
      FROM b_unit u CROSS JOIN generate_series(0, 1) AS s(n)
      JOIN LATERAL (
        SELECT c2.i, c2.id FROM b_community c2 JOIN b_street st ON st.id = c2.street_id
        WHERE st.id = u.street_id ORDER BY c2.i
        OFFSET floor(pg_temp.r(u.i * 4 + s.n, 8) * (SELECT count(*) FROM b_community c3 WHERE c3.street_id = u.street_id)) LIMIT 1
      ) cm ON true
      WHERE s.n = 0 OR pg_temp.r(u.i, 9) < 0.5
      ORDER BY u.i, cm.i, s.n
    ) x`);
}
