import { db, type Prisma } from "../db.ts";
import { pickActiveGrant, toGrant, type Actor } from "./actor.ts";

/** Loads a person's live grants (revocations take effect on the next request). */
export async function loadActor(userId: string, preferredGrantId?: string): Promise<Actor | null> {
  return findActor({ id: userId, disabledAt: null }, preferredGrantId);
}

/**
 * The actor behind a session cookie: the same read as `loadActor`, in the same single query, but
 * only while the cookie's session row exists and has not expired (decision 070).
 */
export async function loadSessionActor(
  session: { userId: string; sessionId: string },
  preferredGrantId?: string,
  now = new Date(),
): Promise<Actor | null> {
  return findActor(
    { id: session.userId, disabledAt: null, sessions: { some: { id: session.sessionId, expiresAt: { gt: now } } } },
    preferredGrantId,
  );
}

async function findActor(where: Prisma.UserWhereInput, preferredGrantId: string | undefined): Promise<Actor | null> {
  const user = await db().user.findFirst({
    where,
    select: {
      id: true,
      name: true,
      phone: true,
      grants: {
        where: { organization: { archivedAt: null } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          role: true,
          organization: { select: { id: true, name: true, kind: true, streetId: true, communityId: true } },
        },
      },
    },
  });
  if (!user) return null;
  const grants = user.grants.map(toGrant);
  return { userId: user.id, name: user.name, phone: user.phone, grants, active: pickActiveGrant(grants, preferredGrantId) };
}
