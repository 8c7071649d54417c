import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type HandleRedemptionOptions = { actor: Actor; input: { id: string; outcome: "FULFILLED" | "CANCELLED" } };

/** The secretary hands the reward over (fulfilled) or cancels, which returns stock and points. */
export async function handleRedemption({ actor, input }: HandleRedemptionOptions) {
  const community = authorize(actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const redemption = await tx.redemption.findFirst({
      where: { id: input.id, communityId: community.orgId, status: "REQUESTED" },
      select: { id: true, memberId: true, rewardId: true, points: true, reward: { select: { name: true } } },
    });
    if (!redemption) throw new NotFoundError();
    const changed = await tx.redemption.updateMany({
      where: { id: redemption.id, status: "REQUESTED" },
      data: { status: input.outcome, handledAt: new Date(), handledById: actor.userId },
    });
    if (changed.count === 0) throw new NotFoundError();
    if (input.outcome === "CANCELLED") {
      await tx.reward.update({ where: { id: redemption.rewardId }, data: { stock: { increment: 1 } } });
      await tx.pointsEntry.create({
        data: {
          memberId: redemption.memberId,
          communityId: community.orgId,
          kind: "REFUND",
          amount: redemption.points,
          reason: redemption.reward.name,
          actorId: actor.userId,
        },
      });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.outcome === "FULFILLED" ? "timebank.fulfil" : "timebank.cancel",
      entityType: "Redemption",
      entityId: redemption.id,
      scopeOrgId: community.orgId,
      before: { status: "REQUESTED" },
      after: { status: input.outcome },
    });
    return { id: redemption.id };
  });
}
