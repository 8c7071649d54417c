import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import type { ReissueSlipInput } from "./evaluation-schema.ts";
import { lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import { newTrackingToken } from "./tracking-token.ts";

export type ReissueTrackingSlipOptions = { actor: Actor; input: ReissueSlipInput };

/**
 * A resident lost the slip (or it was seen by someone else): the secretary issues a new tracking
 * link. Only its hash is stored, so the old link stops working at once (decision 085). Any state:
 * a closed need's resident may still want to read what happened. The new token goes to the slip
 * page once, to be printed and handed over.
 */
export async function reissueTrackingSlip({ actor, input }: ReissueTrackingSlipOptions) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const need = await lockNeed(tx, { id: input.needId, communityId: community.orgId });
    const { token, hash } = newTrackingToken();
    await tx.need.update({ where: { id: need.id }, data: { trackingHash: hash } });
    await recordNeedEvent(tx, { needId: need.id, kind: "slipReissued", actorId: actor.userId, visibleToResident: false });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.reissueSlip",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: community.orgId,
    });
    return { needId: need.id, token };
  });
}
