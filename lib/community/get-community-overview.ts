import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";

/** The secretary's community: its grids and buildings, and how many members are in each state. */
export async function getCommunityOverview(options: { actor: Actor }) {
  const grant = authorize(options.actor, "community.view");
  const communityId = grant.orgId;
  const [community, grids, statusCounts, gridCounts] = await Promise.all([
    db().organization.findFirst({
      where: { id: communityId, kind: "COMMUNITY" },
      select: { id: true, name: true, parent: { select: { name: true } } },
    }),
    db().organization.findMany({
      where: { communityId, kind: "GRID", archivedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        children: { where: { archivedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, name: true } },
      },
    }),
    db().member.groupBy({ by: ["status"], where: { communityId }, _count: { _all: true } }),
    db().member.groupBy({ by: ["gridId"], where: { communityId, status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  if (!community) throw new NotFoundError();
  const byStatus = Object.fromEntries(statusCounts.map((r) => [r.status, r._count._all]));
  const byGrid = new Map(gridCounts.map((r) => [r.gridId, r._count._all]));
  return {
    community,
    members: {
      active: byStatus.ACTIVE ?? 0,
      pending: byStatus.PENDING ?? 0,
      rejected: byStatus.REJECTED ?? 0,
      movedOut: byStatus.MOVED_OUT ?? 0,
    },
    grids: grids.sort(byName).map((g) => ({ ...g, children: g.children.sort(byName), activeMembers: byGrid.get(g.id) ?? 0 })),
  };
}
