// The people the fuzz acts as (the demo accounts, a member still waiting for verification, and a
// visitor) and real rows to put into the dynamic segments of page paths.
import { grantId, roleCookie, signIn } from "../../../scripts/bench/lib/auth.mjs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../prisma/demo-accounts.mjs";

export const PENDING_PHONE = "13900000099";
const HOME_COMMUNITY = "东湖社区";

/** The roles: key, phone and role of the active grant (the visitor has neither). */
export const ROLES = [
  ...DEMO_ACCOUNTS.map((a) => ({ key: a.key, phone: a.phone, role: a.role })),
  { key: "pendingMember", phone: PENDING_PHONE, role: "MEMBER" },
  { key: "anonymous" },
];

/** A member who registered in 东湖社区 and is not verified yet (an account, a MEMBER grant, a PENDING entry). */
export async function createPendingMember(client) {
  const { rowCount } = await client.query(`SELECT 1 FROM "User" WHERE phone = $1`, [PENDING_PHONE]);
  if (rowCount) return;
  await client.query(
    `WITH c AS (SELECT id FROM "Organization" WHERE name = $2 AND kind = 'COMMUNITY' LIMIT 1),
     h AS (SELECT "passwordHash" FROM "User" WHERE phone = $3),
     u AS (INSERT INTO "User" (id, phone, name, "passwordHash", "updatedAt")
           SELECT gen_random_uuid(), $1, '待审核', h."passwordHash", now() FROM h RETURNING id),
     g AS (INSERT INTO "RoleGrant" (id, "userId", role, "organizationId") SELECT gen_random_uuid(), u.id, 'MEMBER', c.id FROM u, c)
     INSERT INTO "Member" (id, "communityId", "userId", name, phone, status, "updatedAt", skills, interests, availability)
     SELECT gen_random_uuid(), c.id, u.id, '待审核', $1, 'PENDING', now(), '{}', '{}', '{}' FROM u, c`,
    [PENDING_PHONE, HOME_COMMUNITY, DEMO_ACCOUNTS[0].phone],
  );
}

/**
 * A letter of thanks to the demo member's unit (the seed has none), so that the letter pages,
 * their PDF and the public check behind the QR code are fuzzed with a real row too.
 */
export async function createLetter(client) {
  await client.query(
    `INSERT INTO "ThankYouLetter" (id, serial, "verifyCode", "communityId", "memberId", year, "workUnitId", addressee,
       "employerName", services, "activityCount", "totalHours", body, "updatedAt")
     SELECT gen_random_uuid(), 'FUZZ-0001', 'fuzzFuzzFuzzFuzzFuzz01', m."communityId", m.id, 2025, m."employerUnitId",
       '党组织', '单位', '[]', 0, 0, '感谢信', now()
     FROM "Member" m WHERE m.phone = $1 AND m."employerUnitId" IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [DEMO_ACCOUNTS.find((a) => a.key === "member").phone],
  );
}

/** Cookie headers by role key (the visitor's is empty): signs everyone (or the roles named) in afresh. */
export async function signInAll(baseUrl, client, keys = ROLES.map((r) => r.key)) {
  const cookies = {};
  for (const role of ROLES.filter((r) => keys.includes(r.key))) {
    if (!role.phone) {
      cookies[role.key] = "";
      continue;
    }
    const session = await signIn(baseUrl, { phone: role.phone, password: DEMO_PASSWORD });
    cookies[role.key] = roleCookie(session, await grantId(client, { phone: role.phone, role: role.role }));
  }
  return cookies;
}

/**
 * Real values for a dynamic segment, by the path word before it (`/community/members/[id]` →
 * a member of the secretary's community). A segment not named here gets bogus values only (the
 * summary lists it).
 */
const REAL_SEGMENTS = {
  orgs: `SELECT id::text AS v FROM "Organization" WHERE kind = 'COMMUNITY' ORDER BY name LIMIT 1`,
  units: `SELECT id::text AS v FROM "Organization" WHERE kind = 'WORK_UNIT' ORDER BY name LIMIT 1`,
  buildings: `SELECT b.id::text AS v FROM "Organization" b JOIN "Organization" c ON c.id = b."communityId" WHERE c.name = '${HOME_COMMUNITY}' AND b.kind = 'BUILDING' ORDER BY b.name LIMIT 1`,
  activities: `SELECT a.id::text AS v FROM "Activity" a JOIN "Organization" c ON c.id = a."communityId" WHERE c.name = '${HOME_COMMUNITY}' ORDER BY a.status = 'PUBLISHED' DESC, a."startsAt" DESC LIMIT 1`,
  checkin: `SELECT a.id::text AS v FROM "Activity" a JOIN "Organization" c ON c.id = a."communityId" WHERE c.name = '${HOME_COMMUNITY}' ORDER BY a.status = 'PUBLISHED' DESC, a."startsAt" DESC LIMIT 1`,
  // one of the secretary's community, one employed by the demo unit admin's unit
  members: `(SELECT m.id::text AS v FROM "Member" m JOIN "Organization" c ON c.id = m."communityId" WHERE c.name = '${HOME_COMMUNITY}' ORDER BY m.name LIMIT 1)
    UNION ALL (SELECT m.id::text FROM "Member" m JOIN "RoleGrant" g ON g."organizationId" = m."employerUnitId" AND g.role = 'UNIT_ADMIN'
      WHERE m.status = 'ACTIVE' ORDER BY m.name LIMIT 1)`,
  // the public activity page and its share cards (decision 081): a published one, or the page is a plain 404
  a: `SELECT a.id::text AS v FROM "Activity" a JOIN "Organization" c ON c.id = a."communityId" WHERE c.name = '${HOME_COMMUNITY}' AND a.status = 'PUBLISHED' ORDER BY a."startsAt" DESC LIMIT 1`,
  items: `SELECT i.id::text AS v FROM "ServiceItem" i JOIN "Organization" c ON c.id = i."communityId" WHERE c.name = '${HOME_COMMUNITY}' ORDER BY i.title LIMIT 1`,
  letters: `SELECT id::text AS v FROM "ThankYouLetter" ORDER BY year DESC, id LIMIT 1`,
  "pdf-jobs": `SELECT id::text AS v FROM "LetterPdfJob" ORDER BY "createdAt" LIMIT 1`,
  verify: `SELECT "verifyCode" AS v FROM "ThankYouLetter" ORDER BY year DESC, id LIMIT 1`,
  auth: `SELECT unnest(ARRAY['session', 'csrf', 'providers']) AS v`,
};

/** Real values for each dynamic segment of a route pattern: `{ [segment]: string[] }` (empty when unknown). */
export async function realSegmentValues(client, pattern) {
  const parts = pattern.split("/");
  const values = {};
  for (const [i, part] of parts.entries()) {
    const name = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(part)?.[1];
    if (!name) continue;
    const sql = REAL_SEGMENTS[parts[i - 1]];
    values[name] = sql ? (await client.query(sql).catch(() => ({ rows: [] }))).rows.map((r) => r.v) : [];
  }
  return values;
}
