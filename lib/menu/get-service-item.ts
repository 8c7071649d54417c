import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { categorySelect, listUsableCategories } from "./menu-scope.ts";

export type GetServiceItemOptions = { actor: Actor; input: { id: string } };

/** One item of the secretary's community, with the categories the edit form offers. */
export async function getServiceItem({ actor, input }: GetServiceItemOptions) {
  const community = authorize(actor, "menu.manage");
  const item = await db().serviceItem.findFirst({
    where: { id: assertId(input.id), communityId: community.orgId },
    select: {
      id: true,
      year: true,
      title: true,
      description: true,
      skillsWanted: true,
      typicalTime: true,
      positions: true,
      status: true,
      declineReason: true,
      categoryId: true,
      createdAt: true,
      category: { select: categorySelect },
      proposedBy: { select: { id: true, name: true } },
    },
  });
  if (!item) throw new NotFoundError();
  return { item, categories: await listUsableCategories(community.orgId) };
}
