import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListActivityFormOptionsOptions = { actor: Actor; input: { year: number } };

/** Choices for the activity form: categories (shared and the community's own) and this year's menu items. */
export async function listActivityFormOptions({ actor, input }: ListActivityFormOptionsOptions) {
  const community = authorize(actor, "activities.manage");
  const [categories, items] = await Promise.all([
    db().serviceCategory.findMany({
      where: { archivedAt: null, OR: [{ communityId: null }, { communityId: community.orgId }] },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, nameZh: true, nameEn: true },
    }),
    db().serviceItem.findMany({
      where: { communityId: community.orgId, year: { in: [input.year, input.year + 1] }, status: { in: ["OPEN", "CLOSED"] } },
      orderBy: [{ year: "asc" }, { title: "asc" }],
      select: { id: true, title: true, year: true, categoryId: true },
    }),
  ]);
  return { categories, items };
}
