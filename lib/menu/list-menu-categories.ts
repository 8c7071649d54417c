import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { listUsableCategories } from "./menu-scope.ts";

export type ListMenuCategoriesOptions = { actor: Actor };

/** The categories a new item may go in. */
export async function listMenuCategories({ actor }: ListMenuCategoriesOptions) {
  const community = authorize(actor, "menu.manage");
  return listUsableCategories(community.orgId);
}
