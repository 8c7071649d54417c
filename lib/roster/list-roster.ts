import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { rosterOrderBy, rosterWhere, type RosterFilter } from "./roster-filter.ts";

export const ROSTER_PAGE_SIZE = 50;

export type ListRosterOptions = { actor: Actor; input: { filter: RosterFilter } };

/**
 * One page of the community's roster under a filter, the total, and counts per status and per
 * grid under the other filters (so each option shows what choosing it would give).
 */
export async function listRoster({ actor, input }: ListRosterOptions) {
  const community = authorize(actor, "roster.view");
  const communityId = community.orgId;
  const { filter } = input;
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
        communityId: true,
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
