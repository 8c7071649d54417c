import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { requireActiveMember, requireUsableCategory, selfProposedCategoryId } from "./menu-scope.ts";
import type { ProposeServiceItemInput } from "./schema.ts";
import { currentYear } from "../time.ts";

/** Proposals a member may have waiting at once, so the review queue stays short. */
export const MAX_PENDING_PROPOSALS = 5;

export type ProposeServiceItemOptions = { actor: Actor; input: ProposeServiceItemInput };

/**
 * An active member proposes their own service item (自主服务) for this year's menu. It waits for
 * the community (待社区审核) and joins the menu only when the secretary approves it.
 */
export async function proposeServiceItem({ actor, input }: ProposeServiceItemOptions) {
  return db().$transaction(async (tx) => {
    const { member, communityId } = await requireActiveMember(actor, tx);
    const year = currentYear();
    const pending = await tx.serviceItem.count({ where: { communityId, proposedByMemberId: member.id, status: "PROPOSED" } });
    if (pending >= MAX_PENDING_PROPOSALS) throw new UserFacingError("menu.tooManyProposals");
    const categoryId = input.categoryId
      ? await requireUsableCategory(tx, communityId, input.categoryId)
      : await selfProposedCategoryId(tx);
    const item = await tx.serviceItem.create({
      data: {
        communityId,
        year,
        categoryId,
        title: input.title,
        description: input.description,
        typicalTime: input.typicalTime ?? null,
        skillsWanted: [],
        status: "PROPOSED",
        proposedByMemberId: member.id,
      },
      select: { id: true },
    });
    return { id: item.id };
  });
}
