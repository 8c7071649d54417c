import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type ArchiveRewardOptions = { actor: Actor; input: { id: string } };

/** Withdrawn rewards stay for the redemption history; they can't be redeemed any more. */
export async function archiveReward({ actor, input }: ArchiveRewardOptions) {
  const community = authorize(actor, "timebank.manage");
  return db().$transaction(async (tx) => {
    const reward = await tx.reward.findFirst({ where: { id: input.id, communityId: community.orgId, archivedAt: null } });
    if (!reward) throw new NotFoundError();
    await tx.reward.update({ where: { id: reward.id }, data: { archivedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "timebank.archiveReward",
      entityType: "Reward",
      entityId: reward.id,
      scopeOrgId: community.orgId,
    });
    return { id: reward.id };
  });
}
