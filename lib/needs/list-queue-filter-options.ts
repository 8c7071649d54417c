import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListQueueFilterOptionsOptions = { actor: Actor };

/** Choices of the triage queue's filters: categories (shared and the community's own) and buildings. */
export async function listQueueFilterOptions({ actor }: ListQueueFilterOptionsOptions) {
  const community = authorize(actor, "needs.manage");
  const [categories, buildings] = await Promise.all([
    db().serviceCategory.findMany({
      where: { archivedAt: null, OR: [{ communityId: null }, { communityId: community.orgId }] },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, nameZh: true, nameEn: true },
    }),
    db().organization.findMany({
      where: { communityId: community.orgId, kind: "BUILDING", archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { categories, buildings };
}
