import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { categorySelect, listUsableCategories } from "./menu-scope.ts";

/** One item of the secretary's community, with the categories the edit form offers. */
export async function getServiceItem(options: { actor: Actor; id: string }) {
  const community = authorize(options.actor, "menu.manage");
  const item = await db().serviceItem.findFirst({
    where: { id: options.id, communityId: community.orgId },
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

/** The categories a new item may go in. */
export async function listMenuCategories(options: { actor: Actor }) {
  const community = authorize(options.actor, "menu.manage");
  return listUsableCategories(community.orgId);
}
