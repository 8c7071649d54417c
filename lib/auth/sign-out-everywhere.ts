import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { ForbiddenError } from "../errors.ts";
import type { Actor } from "./actor.ts";
import { endAllSessions } from "./end-sessions.ts";

export type SignOutEverywhereOptions = { actor: Actor | null };

/** A person ends all their own sessions (a lost phone, a shared computer), this one included. */
export async function signOutEverywhere({ actor }: SignOutEverywhereOptions): Promise<{ ended: number }> {
  if (!actor?.userId) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    const ended = await endAllSessions(tx, actor.userId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.signOutEverywhere",
      entityType: "User",
      entityId: actor.userId,
      after: { ended },
    });
    return { ended };
  });
}
