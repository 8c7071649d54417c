import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { notify } from "../notifications/notify.ts";
import type { ReopenNeedInput } from "./evaluation-schema.ts";
import { evaluationScope } from "./need-actor.ts";
import { assertCanMove } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";

export type ReopenNeedOptions = {
  /** null for the resident on the tracking page (input carries the token) */
  actor: Actor | null;
  input: ReopenNeedInput;
  now?: Date;
};

/**
 * "Not done yet": the resident (tracking link) or the secretary (phone call) sends a DONE need back
 * to its claimants: DONE → CLAIMED, their DONE claims become ACTIVE again, and they are told what
 * is missing. Nobody is credited until a later confirmation.
 */
export async function reopenNeed({ actor, input, now = new Date() }: ReopenNeedOptions) {
  const scope = evaluationScope(actor, input);
  return db().$transaction(async (tx) => {
    const need = await scope.lock(tx);
    assertCanMove(need, "reopen");
    await tx.need.update({ where: { id: need.id }, data: { status: "CLAIMED", doneAt: null } });
    await tx.needClaim.updateMany({
      where: { needId: need.id, status: "DONE" },
      data: { status: "ACTIVE", doneAt: null },
    });
    await recordNeedEvent(tx, {
      needId: need.id,
      kind: "reopened",
      actorId: scope.who.actorId,
      params: { reason: input.reason, source: scope.who.via },
    });
    await recordAudit(tx, {
      actorId: scope.who.actorId,
      action: "need.reopen",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: need.communityId,
      before: { status: need.status },
      after: { status: "CLAIMED", reason: input.reason, source: scope.who.via, at: now.toISOString() },
    });
    const claimants = await tx.needClaim.findMany({
      where: { needId: need.id, status: "ACTIVE" },
      select: { member: { select: { userId: true } } },
    });
    await notify(tx, {
      userIds: claimants.map((c) => c.member.userId),
      kind: "needReopened",
      params: { reason: input.reason },
      link: `/me/needs/${need.id}`,
    });
    return { needId: need.id };
  });
}
