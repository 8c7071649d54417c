import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { linkMembersToUnits } from "./link-members-to-units.ts";

export type ConfirmOwnUnitLinkOptions = { actor: Actor; input: { memberId: string }; now?: Date };

/** A member confirms that they work at the unit suggested for their entry: the unit sees them from today. */
export async function confirmOwnUnitLink({ actor, input, now = new Date() }: ConfirmOwnUnitLinkOptions) {
  const community = authorize(actor, "self.edit");
  return db().$transaction(async (tx) => {
    const own = await tx.member.findFirst({
      where: { id: input.memberId, userId: actor.userId, communityId: community.orgId, suggestedUnitId: { not: null } },
      select: { id: true },
    });
    if (!own) throw new NotFoundError();
    const linked = await linkMembersToUnits(tx, {
      memberIds: [own.id],
      communityId: community.orgId,
      actorId: actor.userId,
      linkedAt: now,
    });
    if (!linked) throw new NotFoundError();
    return { id: own.id };
  });
}
