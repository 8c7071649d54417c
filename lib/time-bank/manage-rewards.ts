import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { RewardInput } from "./schema.ts";

export async function createReward(options: { actor: Actor; input: RewardInput }) {
  const community = authorize(options.actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const reward = await tx.reward.create({
      data: { ...options.input, description: options.input.description ?? null, communityId: community.orgId },
    });
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "timebank.saveReward",
      entityType: "Reward",
      entityId: reward.id,
      scopeOrgId: community.orgId,
      after: options.input,
    });
    return { id: reward.id };
  });
}

export async function updateReward(options: { actor: Actor; id: string; input: RewardInput }) {
  const community = authorize(options.actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const before = await tx.reward.findFirst({ where: { id: options.id, communityId: community.orgId } });
    if (!before) throw new NotFoundError();
    await tx.reward.update({
      where: { id: before.id },
      data: { ...options.input, description: options.input.description ?? null },
    });
    const { name, description, pointsPrice, stock } = before;
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "timebank.saveReward",
      entityType: "Reward",
      entityId: before.id,
      scopeOrgId: community.orgId,
      before: { name, description, pointsPrice, stock },
      after: options.input,
    });
    return { id: before.id };
  });
}

/** Withdrawn rewards stay for the redemption history; they can't be redeemed any more. */
export async function archiveReward(options: { actor: Actor; id: string }) {
  const community = authorize(options.actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const reward = await tx.reward.findFirst({ where: { id: options.id, communityId: community.orgId, archivedAt: null } });
    if (!reward) throw new NotFoundError();
    await tx.reward.update({ where: { id: reward.id }, data: { archivedAt: new Date() } });
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "timebank.archiveReward",
      entityType: "Reward",
      entityId: reward.id,
      scopeOrgId: community.orgId,
    });
    return { id: reward.id };
  });
}
