import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";
import { countUnitMembers, queryUnitMembers } from "./query-unit-members.ts";
import { UNIT_MEMBER_PAGE_SIZE, type UnitMemberFilter } from "./unit-member-filter.ts";

/**
 * One page of the unit's members (wherever they live) under a filter, and the total. Only roster
 * entries whose employer is the admin's unit; phone numbers masked.
 */
export async function listUnitMembers(options: { actor: Actor; filter: UnitMemberFilter }) {
  const grant = authorize(options.actor, "unit.members");
  const { filter } = options;
  const [rows, total] = await Promise.all([
    queryUnitMembers({
      actor: options.actor,
      unitId: grant.orgId,
      filter,
      page: { take: UNIT_MEMBER_PAGE_SIZE, skip: (filter.page - 1) * UNIT_MEMBER_PAGE_SIZE },
    }),
    countUnitMembers({ unitId: grant.orgId, filter }),
  ]);
  return { rows, total, page: filter.page, pageSize: UNIT_MEMBER_PAGE_SIZE, year: filter.year };
}

/** The filter choices: communities where the unit's members live, and the service categories. */
export async function listUnitMemberFilterOptions(options: { actor: Actor }) {
  const grant = authorize(options.actor, "unit.members");
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
