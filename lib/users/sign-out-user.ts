import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { endAllSessions } from "../auth/end-sessions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type SignOutUserOptions = { actor: Actor; input: { userId: string } };

/** A street admin signs a person of their street out on every device (a lost phone, a leaked password). */
export async function signOutUser({ actor, input }: SignOutUserOptions): Promise<{ ended: number }> {
  const street = authorize(actor, "grants.manage");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.userId, grants: { some: { organization: { streetId: street.orgId } } } },
      select: { id: true },
    });
    if (!user) throw new NotFoundError();
    const ended = await endAllSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.signOutEverywhere",
      entityType: "User",
      entityId: user.id,
      scopeOrgId: street.orgId,
      after: { ended },
    });
    return { ended };
  });
}
