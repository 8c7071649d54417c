import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { copyableItems } from "./copyable-items.ts";

export type CountCopyableItemsOptions = { actor: Actor; input: { year: number } };

/** How many items "copy last year's menu" would add now (0 hides the button). */
export async function countCopyableItems({ actor, input }: CountCopyableItemsOptions) {
  const community = authorize(actor, "menu.manage");
  return (await copyableItems(db(), community.orgId, input.year)).length;
}
