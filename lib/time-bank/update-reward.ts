import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { UpdateRewardInput } from "./schema.ts";

export type UpdateRewardOptions = { actor: Actor; input: UpdateRewardInput };

export async function updateReward({ actor, input }: UpdateRewardOptions) {
  const community = authorize(actor, "timebank.manage");
  const { id, ...fields } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.reward.findFirst({ where: { id, communityId: community.orgId } });
    if (!before) throw new NotFoundError();
    await tx.reward.update({
      where: { id: before.id },
      data: { ...fields, description: fields.description ?? null },
    });
    const { name, description, pointsPrice, stock } = before;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "timebank.saveReward",
      entityType: "Reward",
      entityId: before.id,
      scopeOrgId: community.orgId,
      before: { name, description, pointsPrice, stock },
      after: fields,
    });
    return { id: before.id };
  });
}
