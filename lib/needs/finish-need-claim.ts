import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { ownActiveClaim } from "./claimant.ts";
import type { FinishNeedClaimInput } from "./claim-schema.ts";
import { assertCanMove } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import { lockNeedOfClaimant } from "./record-need-progress.ts";

export type FinishNeedClaimOptions = { actor: Actor; input: FinishNeedClaimInput; now?: Date };

/**
 * A claimant reports their part done, with a note. When no claim is left ACTIVE the need is DONE
 * and waits for the resident's confirmation (群众评单).
 */
export async function finishNeedClaim({ actor, input, now = new Date() }: FinishNeedClaimOptions) {
  authorize(actor, "self.needs");
  return db().$transaction(async (tx) => {
    const need = await lockNeedOfClaimant(tx, input.needId, actor.userId);
    assertCanMove(need, "finish");
    const claim = await ownActiveClaim(tx, need.id, actor.userId);
    await tx.needClaim.update({ where: { id: claim.id }, data: { status: "DONE", doneAt: now, doneNote: input.note } });
    const stillActive = await tx.needClaim.count({ where: { needId: need.id, status: "ACTIVE" } });
    if (stillActive === 0) {
      await tx.need.update({ where: { id: need.id }, data: { status: "DONE", doneAt: now } });
      await recordNeedEvent(tx, { needId: need.id, kind: "done", actorId: actor.userId });
    } else {
      await recordNeedEvent(tx, { needId: need.id, kind: "progress", actorId: actor.userId });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.finishClaim",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: need.communityId,
      before: { status: need.status },
      after: { status: stillActive === 0 ? "DONE" : need.status, claimId: claim.id },
    });
    return { needId: need.id, needDone: stillActive === 0 };
  });
}
