import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { notify } from "../notifications/notify.ts";
import { creditClaimants } from "./credit-claimants.ts";
import type { ConfirmNeedInput } from "./evaluation-schema.ts";
import { evaluationScope } from "./need-actor.ts";
import { assertCanMove } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";

export type ConfirmNeedOptions = {
  /** null for the resident on the tracking page (input carries the token) */
  actor: Actor | null;
  /** `{ token, … }`: the resident (ratingSource RESIDENT); `{ needId, … }`: the secretary from a phone call (PHONE) */
  input: ConfirmNeedInput;
  now?: Date;
};

/**
 * 群众评单: the resident confirms a DONE need and rates it (1–5, comment), or the secretary records
 * the resident's answer from a phone call. Under the need's row lock: DONE → CONFIRMED, and each
 * ACTIVE/DONE claimant is credited exactly once through the points ledger (PointsEntry.needClaimId
 * is unique), so a second or concurrent confirmation is refused and credits nobody again.
 */
export async function confirmNeed({ actor, input, now = new Date() }: ConfirmNeedOptions) {
  const scope = evaluationScope(actor, input);
  return db().$transaction(async (tx) => {
    const need = await scope.lock(tx);
    assertCanMove(need, "confirm");
    await tx.need.update({
      where: { id: need.id },
      data: {
        status: "CONFIRMED",
        confirmedAt: now,
        rating: input.rating,
        ratingComment: input.comment ?? null,
        ratingSource: scope.who.via,
        ratedById: scope.who.actorId,
      },
    });
    const credited = await creditClaimants(tx, need, { actorId: scope.who.actorId, now });
    await recordNeedEvent(tx, {
      needId: need.id,
      kind: "confirmed",
      actorId: scope.who.actorId,
      params: { rating: input.rating, source: scope.who.via },
    });
    await recordAudit(tx, {
      actorId: scope.who.actorId,
      action: "need.confirm",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: need.communityId,
      before: { status: need.status },
      after: {
        status: "CONFIRMED",
        rating: input.rating,
        source: scope.who.via,
        credited: credited.map((c) => ({ memberId: c.memberId, points: c.points })),
      },
    });
    for (const credit of credited)
      await notify(tx, {
        userIds: [credit.userId],
        kind: "needConfirmed",
        params: { points: credit.points, rating: input.rating },
        link: `/me/needs/${need.id}`,
      });
    return { needId: need.id, credited: credited.length, points: credited[0]?.points ?? 0 };
  });
}
