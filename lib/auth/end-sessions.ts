import { db, type Tx } from "../db.ts";
import { isSessionId } from "./session-rows.ts";

/**
 * Ends every session of a person: each copied or forgotten cookie stops working on its next
 * request. A password change (any path, also a reset) and disabling an account do this in the
 * database itself (a trigger, decision 070); call it for "sign out everywhere", or inside the
 * transaction of anything else that must not leave old sessions behind.
 */
export async function endAllSessions(client: Tx | ReturnType<typeof db>, userId: string): Promise<number> {
  const { count } = await client.session.deleteMany({ where: { userId } });
  return count;
}

/** Ends one session (sign-out): only the cookie that signed out, other devices stay signed in. */
export async function endSession(sessionId: unknown): Promise<void> {
  if (!isSessionId(sessionId)) return;
  await db().session.deleteMany({ where: { id: sessionId } });
}
