import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { lockMemberLedger, pointsBalance } from "../points/ledger.ts";

export type RedeemRewardOptions = { actor: Actor; input: { rewardId: string } };

/**
 * 积分兑换: the stock goes down by one in a single conditional UPDATE (never below zero: a CHECK
 * backs it), the member's ledger is locked and the balance checked before the REDEEM entry (a
 * trigger refuses any entry that would take a balance below zero). All or nothing.
 */
export async function redeemReward({ actor, input }: RedeemRewardOptions) {
  const community = authorize(actor, "self.redeem");
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new UserFacingError("timebank.notVerified");
  return db().$transaction(
    async (tx) => {
      await lockMemberLedger(tx, member.id);
      const reward = await tx.reward.findFirst({
        where: { id: input.rewardId, communityId: community.orgId, archivedAt: null },
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
          actorId: actor.userId,
        },
      });
      const redemption = await tx.redemption.create({
        data: { rewardId: reward.id, memberId: member.id, communityId: community.orgId, points: reward.pointsPrice },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
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
