import type { OrgKind, Role } from "../generated/prisma/enums.ts";
import { db, Prisma } from "../db.ts";
import { pickActiveGrant, toGrant, type Actor } from "./actor.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ActorRow = {
  id: string;
  name: string;
  phone: string;
  grantId: string | null;
  role: Role | null;
  orgId: string | null;
  orgName: string | null;
  orgKind: OrgKind | null;
  streetId: string | null;
  communityId: string | null;
};

/** Loads a person's live grants (revocations take effect on the next request). */
export async function loadActor(userId: string, preferredGrantId?: string): Promise<Actor | null> {
  return findActor(userId, Prisma.empty, preferredGrantId);
}

/**
 * The actor behind a session cookie: the same read as `loadActor`, in the same single statement,
 * but only while the cookie's session row exists and has not expired (decision 070).
 */
export async function loadSessionActor(
  session: { userId: string; sessionId: string },
  preferredGrantId?: string,
  now = new Date(),
): Promise<Actor | null> {
  if (!UUID.test(session.sessionId)) return null;
  const live = Prisma.sql`AND EXISTS (SELECT 1 FROM "Session" s
    WHERE s.id = ${session.sessionId}::uuid AND s."userId" = u.id AND s."expiresAt" > ${now})`;
  return findActor(session.userId, live, preferredGrantId);
}

/**
 * The account, its grants and their organizations in one statement (it runs on every request, the
 * sign-up storm's included: issue 11), grants on archived organizations left out, oldest first.
 */
async function findActor(userId: string, condition: Prisma.Sql, preferredGrantId: string | undefined): Promise<Actor | null> {
  if (!UUID.test(userId)) return null;
  const rows = await db().$queryRaw<ActorRow[]>`
    SELECT u.id::text AS id, u.name, u.phone,
           g.id::text AS "grantId", g.role::text AS role,
           o.id::text AS "orgId", o.name AS "orgName", o.kind::text AS "orgKind",
           o."streetId"::text AS "streetId", o."communityId"::text AS "communityId"
    FROM "User" u
    LEFT JOIN ("RoleGrant" g JOIN "Organization" o ON o.id = g."organizationId" AND o."archivedAt" IS NULL)
      ON g."userId" = u.id
    WHERE u.id = ${userId}::uuid AND u."disabledAt" IS NULL ${condition}
    ORDER BY g."createdAt" ASC, g.id ASC`;
  const user = rows[0];
  if (!user) return null;
  const grants = rows
    .filter((r) => r.grantId !== null)
    .map((r) =>
      toGrant({
        id: r.grantId!,
        role: r.role!,
        organization: { id: r.orgId!, name: r.orgName!, kind: r.orgKind!, streetId: r.streetId, communityId: r.communityId },
      }),
    );
  return { userId: user.id, name: user.name, phone: user.phone, grants, active: pickActiveGrant(grants, preferredGrantId) };
}
