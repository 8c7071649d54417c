import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { ownActiveClaim } from "./claimant.ts";
import type { ReturnNeedClaimInput } from "./claim-schema.ts";
import { assertCanMove } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import { lockNeedOfClaimant } from "./record-need-progress.ts";

export type ReturnNeedClaimOptions = { actor: Actor; input: ReturnNeedClaimInput; now?: Date };

/**
 * A claimant hands their claim back with a reason; the place is free again. If nobody else holds
 * the need it goes back to the board (or to the co-building unit's list it came from); if the
 * others have all finished, it is DONE.
 */
export async function returnNeedClaim({ actor, input, now = new Date() }: ReturnNeedClaimOptions) {
  authorize(actor, "self.needs");
  return db().$transaction(async (tx) => {
    const need = await lockNeedOfClaimant(tx, input.needId, actor.userId);
    assertCanMove(need, "release");
    const claim = await ownActiveClaim(tx, need.id, actor.userId);
    await tx.needClaim.update({
      where: { id: claim.id },
      data: { status: "RETURNED", returnedAt: now, returnReason: input.reason },
    });
    const [active, done] = await Promise.all([
      tx.needClaim.count({ where: { needId: need.id, status: "ACTIVE" } }),
      tx.needClaim.count({ where: { needId: need.id, status: "DONE" } }),
    ]);
    let status: NeedStatus = "CLAIMED";
    if (active === 0 && done > 0) status = "DONE";
    else if (active === 0) status = need.unitId ? "DISPATCHED" : "PUBLISHED";
    await tx.need.update({
      where: { id: need.id },
      data: { status, claimedCount: { decrement: 1 }, ...(status === "DONE" ? { doneAt: now } : {}) },
    });
    await recordNeedEvent(tx, { needId: need.id, kind: "returned", actorId: actor.userId });
    if (status === "DONE") await recordNeedEvent(tx, { needId: need.id, kind: "done", actorId: actor.userId });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.returnClaim",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: need.communityId,
      before: { status: need.status, claimedCount: need.claimedCount },
      after: { status, claimedCount: need.claimedCount - 1, claimId: claim.id, reason: input.reason },
    });
    return { needId: need.id, status };
  });
}
