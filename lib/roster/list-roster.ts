import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";
import { rosterOrderBy, rosterWhere, type RosterFilter } from "./roster-filter.ts";

export const ROSTER_PAGE_SIZE = 50;
const EMPLOYER_OPTIONS = 50;

/**
 * One page of the community's roster under a filter, the total, and counts per status and per
 * grid under the other filters (so each option shows what choosing it would give).
 */
export async function listRoster(options: { actor: Actor; filter: RosterFilter }) {
  const community = authorize(options.actor, "roster.view");
  const communityId = community.orgId;
  const { filter } = options;
  const where = rosterWhere(communityId, filter);
  const prisma = db();
  const [rows, total, byStatus, byGrid] = await Promise.all([
    prisma.member.findMany({
      where,
      orderBy: rosterOrderBy(filter),
      skip: (filter.page - 1) * ROSTER_PAGE_SIZE,
      take: ROSTER_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        gender: true,
        phone: true,
        room: true,
        kind: true,
        status: true,
        skills: true,
        availability: true,
        position: true,
        reportedAt: true,
        verifiedAt: true,
        isCenterHousehold: true,
        isCouncilMember: true,
        isBuildingLeader: true,
        grid: { select: { name: true } },
        building: { select: { name: true } },
        employerUnit: { select: { name: true } },
        employerName: true,
      },
    }),
    prisma.member.count({ where }),
    prisma.member.groupBy({
      by: ["status"],
      where: { ...rosterWhere(communityId, { ...filter, status: undefined }), status: undefined },
      _count: { _all: true },
    }),
    prisma.member.groupBy({
      by: ["gridId"],
      where: rosterWhere(communityId, { ...filter, gridId: undefined, buildingId: undefined }),
      _count: { _all: true },
    }),
  ]);
  return {
    rows,
    total,
    page: filter.page,
    pageSize: ROSTER_PAGE_SIZE,
    statusCounts: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>,
    gridCounts: Object.fromEntries(byGrid.map((r) => [r.gridId ?? "", r._count._all])) as Record<string, number>,
  };
}

/** The choices for the roster's filters: grids with buildings, and employers of this community's members. */
export async function listRosterFilterOptions(options: { actor: Actor; selectedEmployerId?: string }) {
  const community = authorize(options.actor, "roster.view");
  const [grids, employers] = await Promise.all([
    db().organization.findMany({
      where: { communityId: community.orgId, kind: "GRID" },
      select: { id: true, name: true, archivedAt: true, children: { select: { id: true, name: true } } },
    }),
    // the employers with the most members here (a big community has hundreds)
    db().member.groupBy({
      by: ["employerUnitId"],
      where: { communityId: community.orgId, employerUnitId: { not: null }, status: { not: "MOVED_OUT" } },
      _count: { _all: true },
      orderBy: { _count: { employerUnitId: "desc" } },
      take: EMPLOYER_OPTIONS,
    }),
  ]);
  const units = await db().organization.findMany({
    where: {
      id: {
        in: [...employers.map((e) => e.employerUnitId!), ...(options.selectedEmployerId ? [options.selectedEmployerId] : [])],
      },
      kind: "WORK_UNIT",
    },
    select: { id: true, name: true },
  });
  return {
    grids: grids.sort(byName).map((g) => ({ ...g, children: g.children.sort(byName) })),
    employers: units.sort(byName),
  };
}
