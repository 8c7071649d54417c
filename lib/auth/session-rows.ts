import { db } from "../db.ts";

/** How long a sign-in lasts, at most: the cookie and its session row end together. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row a new session cookie will name. */
export async function createSessionRow(userId: string, now = new Date()): Promise<string> {
  const row = await db().session.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return row.id;
}

/** A session id as a cookie carries it (signed by us, but never trusted to be well-formed). */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Expired rows matter to nobody; sign-in prunes them now and then. */
export async function pruneExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
