import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import type { CloseNeedInput } from "./evaluation-schema.ts";
import { assertCanMove, lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";

export type CloseNeedOptions = { actor: Actor; input: CloseNeedInput; now?: Date };

/**
 * The secretary closes an open need with a reason (nobody confirms, withdrawn, no longer needed).
 * Nobody is credited: a need the claimants finished is confirmed from a phone call instead
 * (confirmNeed with the need's id), which credits them. The reason is shown to the resident.
 */
export async function closeNeed({ actor, input, now = new Date() }: CloseNeedOptions) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const need = await lockNeed(tx, { id: input.needId, communityId: community.orgId });
    assertCanMove(need, "close");
    await tx.need.update({
      where: { id: need.id },
      data: { status: "CLOSED", closedAt: now, reason: input.reason },
    });
    await recordNeedEvent(tx, { needId: need.id, kind: "closed", actorId: actor.userId, params: { reason: input.reason } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.close",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: community.orgId,
      before: { status: need.status },
      after: { status: "CLOSED", reason: input.reason },
    });
    return { needId: need.id };
  });
}
