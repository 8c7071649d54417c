import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { lockMemberLedger, pointsBalance } from "../points/ledger.ts";

/**
 * 积分兑换: the stock goes down by one in a single conditional UPDATE (never below zero: a CHECK
 * backs it), the member's ledger is locked and the balance checked before the REDEEM entry (a
 * trigger refuses any entry that would take a balance below zero). All or nothing.
 */
export async function redeemReward(options: { actor: Actor; rewardId: string }) {
  const community = authorize(options.actor, "self.redeem");
  const member = await db().member.findFirst({
    where: { userId: options.actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new UserFacingError("timebank.notVerified");
  return db().$transaction(
    async (tx) => {
      await lockMemberLedger(tx, member.id);
      const reward = await tx.reward.findFirst({
        where: { id: options.rewardId, communityId: community.orgId, archivedAt: null },
        select: { id: true, name: true, pointsPrice: true },
      });
      if (!reward) throw new NotFoundError();
      const balance = await pointsBalance(member.id, tx);
      if (balance < reward.pointsPrice) throw new UserFacingError("timebank.notEnoughPoints");
      const taken =
        await tx.$executeRaw`UPDATE "Reward" SET stock = stock - 1, "updatedAt" = now() WHERE id = ${reward.id}::uuid AND stock > 0`;
      if (taken === 0) throw new UserFacingError("timebank.outOfStock");
      await tx.pointsEntry.create({
        data: {
          memberId: member.id,
          communityId: community.orgId,
          kind: "REDEEM",
          amount: -reward.pointsPrice,
          reason: reward.name,
          actorId: options.actor.userId,
        },
      });
      const redemption = await tx.redemption.create({
        data: { rewardId: reward.id, memberId: member.id, communityId: community.orgId, points: reward.pointsPrice },
      });
      await recordAudit(tx, {
        actorId: options.actor.userId,
        action: "timebank.redeem",
        entityType: "Redemption",
        entityId: redemption.id,
        scopeOrgId: community.orgId,
        after: { reward: reward.name, points: reward.pointsPrice },
      });
      return { redemptionId: redemption.id, balance: balance - reward.pointsPrice };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/** The secretary hands the reward over (fulfilled) or cancels, which returns stock and points. */
export async function handleRedemption(options: { actor: Actor; id: string; outcome: "FULFILLED" | "CANCELLED" }) {
  const community = authorize(options.actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const redemption = await tx.redemption.findFirst({
      where: { id: options.id, communityId: community.orgId, status: "REQUESTED" },
      select: { id: true, memberId: true, rewardId: true, points: true, reward: { select: { name: true } } },
    });
    if (!redemption) throw new NotFoundError();
    const changed = await tx.redemption.updateMany({
      where: { id: redemption.id, status: "REQUESTED" },
      data: { status: options.outcome, handledAt: new Date(), handledById: options.actor.userId },
    });
    if (changed.count === 0) throw new NotFoundError();
    if (options.outcome === "CANCELLED") {
      await tx.reward.update({ where: { id: redemption.rewardId }, data: { stock: { increment: 1 } } });
      await tx.pointsEntry.create({
        data: {
          memberId: redemption.memberId,
          communityId: community.orgId,
          kind: "REFUND",
          amount: redemption.points,
          reason: redemption.reward.name,
          actorId: options.actor.userId,
        },
      });
    }
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: options.outcome === "FULFILLED" ? "timebank.fulfil" : "timebank.cancel",
      entityType: "Redemption",
      entityId: redemption.id,
      scopeOrgId: community.orgId,
      before: { status: "REQUESTED" },
      after: { status: options.outcome },
    });
    return { id: redemption.id };
  });
}
