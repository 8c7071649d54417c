import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";

export type ListUnitMemberFilterOptionsOptions = { actor: Actor };

/** The filter choices: communities where the unit's members live, and the service categories. */
export async function listUnitMemberFilterOptions({ actor }: ListUnitMemberFilterOptionsOptions) {
  const grant = authorize(actor, "unit.members");
  const byCommunity = await db().member.groupBy({
    by: ["communityId"],
    where: { employerUnitId: grant.orgId },
    _count: { _all: true },
  });
  const communityIds = byCommunity.map((r) => r.communityId);
  const [communities, categories] = await Promise.all([
    db().organization.findMany({ where: { id: { in: communityIds } }, select: { id: true, name: true } }),
    // the shared categories and those the members' communities added
    db().serviceCategory.findMany({
      where: { OR: [{ communityId: null }, { communityId: { in: communityIds } }] },
      orderBy: [{ sortOrder: "asc" }, { nameZh: "asc" }],
      select: { id: true, code: true, nameZh: true, nameEn: true },
    }),
  ]);
  const counts = new Map(byCommunity.map((r) => [r.communityId, r._count._all]));
  return {
    communities: communities.sort(byName).map((c) => ({ ...c, members: counts.get(c.id) ?? 0 })),
    categories,
  };
}
