import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import type { RewardInput } from "./schema.ts";

export type CreateRewardOptions = { actor: Actor; input: RewardInput };

export async function createReward({ actor, input }: CreateRewardOptions) {
  const community = authorize(actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const reward = await tx.reward.create({
      data: { ...input, description: input.description ?? null, communityId: community.orgId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "timebank.saveReward",
      entityType: "Reward",
      entityId: reward.id,
      scopeOrgId: community.orgId,
      after: input,
    });
    return { id: reward.id };
  });
}
