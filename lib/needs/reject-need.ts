import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { assertCanMove, lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { RejectNeedInput } from "./triage-schema.ts";

export type RejectNeedOptions = { actor: Actor; input: RejectNeedInput; now?: Date };

/** Triage: turn a need down with a reason that only the resident sees (on the tracking page). */
export async function rejectNeed({ actor, input, now = new Date() }: RejectNeedOptions) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const need = await lockNeed(tx, { id: input.needId, communityId: community.orgId });
    assertCanMove(need, "reject");
    await tx.need.update({ where: { id: need.id }, data: { status: "REJECTED", reason: input.reason, closedAt: now } });
    // the reason is the resident's to read: kept on the need, not copied into the timeline
    await recordNeedEvent(tx, { needId: need.id, kind: "rejected", actorId: actor.userId });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.reject",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: community.orgId,
      before: { status: need.status },
      after: { status: "REJECTED", reason: input.reason },
    });
    return { needId: need.id };
  });
}
