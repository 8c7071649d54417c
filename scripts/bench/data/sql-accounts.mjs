// The accounts the bench signs in as, a few notifications for account holders, and the manifest
// (kept as the database's COMMENT, so the bench needs no extra table).
import { ACCOUNT_PHONES, sqlTs } from "./plan.mjs";

/** The largest community, street and work unit (by roster entries), found in the data itself. */
export async function findTargets(client) {
  const one = async (sql) => (await client.query(sql)).rows[0];
  const community = await one(`
    SELECT "communityId" AS id, count(*)::int AS members FROM "Member" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  const street = await one(`
    SELECT c."streetId" AS id, count(*)::int AS members FROM "Member" m JOIN "Organization" c ON c.id = m."communityId"
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  const unit = await one(`
    SELECT "employerUnitId" AS id, count(*)::int AS members FROM "Member" WHERE "employerUnitId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
  return { community, street, unit };
}

/**
 * The member the bench signs in as: an account holder of the largest community with upcoming
 * sign-ups whose count of confirmed records is at the 90th percentile (a busy member, not the
 * single most active one).
 */
async function benchMember(client, communityId, anchor) {
  const { rows } = await client.query(
    `
    WITH c AS (
      SELECT m.id, m.phone, m."userId",
             (SELECT count(*) FROM "ActivityRecord" r WHERE r."memberId" = m.id AND r.status = 'CONFIRMED')::int AS records
      FROM "Member" m
      WHERE m."communityId" = $1 AND m.status = 'ACTIVE' AND m."userId" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "Signup" s JOIN "Activity" a ON a.id = s."activityId"
                    WHERE s."memberId" = m.id AND s.status IN ('CONFIRMED', 'WAITLISTED') AND a."startsAt" > $2)
    )
    SELECT * FROM c ORDER BY records DESC, id OFFSET (SELECT floor(count(*) * 0.1)::int FROM c) LIMIT 1`,
    [communityId, sqlTs(anchor)],
  );
  if (!rows[0]) throw new Error("no account holder with upcoming sign-ups in the largest community");
  return rows[0];
}

export async function insertAccounts(client, { targets, anchor, passwordHash }) {
  const since = sqlTs(new Date(anchor.getTime() - 365 * 86_400_000));
  const staff = [
    { key: "admin", phone: ACCOUNT_PHONES.admin, name: "王建国", role: "ADMIN", org: targets.street.id },
    { key: "secretary", phone: ACCOUNT_PHONES.secretary, name: "李秀英", role: "SECRETARY", org: targets.community.id },
    { key: "unitAdmin", phone: ACCOUNT_PHONES.unitAdmin, name: "陈静", role: "UNIT_ADMIN", org: targets.unit.id },
  ];
  for (const [n, account] of staff.entries()) {
    await client.query(
      `
      WITH u AS (
        INSERT INTO "User" (id, phone, name, "passwordHash", "createdAt", "updatedAt")
        VALUES (pg_temp.uuid7($1, $2, 80), $3, $4, $5, $1, $1) RETURNING id
      )
      INSERT INTO "RoleGrant" (id, "userId", role, "organizationId", "createdAt")
      SELECT pg_temp.uuid7($1, $2, 81), u.id, $6::"Role", $7, $1 FROM u`,
      [since, n, account.phone, account.name, passwordHash, account.role, account.org],
    );
  }
  const member = await benchMember(client, targets.community.id, anchor);
  return {
    admin: ACCOUNT_PHONES.admin,
    secretary: ACCOUNT_PHONES.secretary,
    unitAdmin: ACCOUNT_PHONES.unitAdmin,
    member: member.phone,
    memberRecords: member.records,
  };
}

/** Account holders have a few notifications (the bell counts unread ones on every page). */
export async function insertNotifications(client, { anchor }) {
  await client.query(
    `
    INSERT INTO "Notification" ("userId", kind, params, link, "readAt", "createdAt")
    SELECT u.id, CASE WHEN s.n % 3 = 0 THEN 'activityPublished' ELSE 'attendanceConfirmed' END,
           jsonb_build_object('title', '楼道清洁与小广告清理', 'points', 5, 'startsAt', to_char(t.at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
           CASE WHEN s.n % 3 = 0 THEN '/me/activities' ELSE '/me/records' END,
           CASE WHEN s.n >= 3 THEN t.at + interval '1 day' END, t.at
    FROM "User" u
    CROSS JOIN LATERAL generate_series(0, floor(pg_temp.r(hashtext(u.phone), 90) * 20)::int) AS s(n)
    CROSS JOIN LATERAL (SELECT $1::timestamp - (s.n * 9 + 1) * interval '1 day' AS at) t
    ORDER BY t.at`,
    [sqlTs(anchor)],
  );
}

export async function writeManifest(client, database, manifest) {
  const text = JSON.stringify(manifest).replaceAll("'", "''");
  await client.query(`COMMENT ON DATABASE "${database.replaceAll('"', '""')}" IS '${text}'`);
}

export async function readManifest(client, database) {
  const { rows } = await client.query(
    `SELECT shobj_description(oid, 'pg_database') AS text FROM pg_database WHERE datname = $1`,
    [database],
  );
  try {
    return rows[0]?.text ? JSON.parse(rows[0].text) : null;
  } catch {
    return null;
  }
}
