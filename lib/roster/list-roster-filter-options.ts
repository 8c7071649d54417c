import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";

const EMPLOYER_OPTIONS = 50;

export type ListRosterFilterOptionsOptions = { actor: Actor; input?: { selectedEmployerId?: string } };

/** The choices for the roster's filters: grids with buildings, and employers of this community's members. */
export async function listRosterFilterOptions({ actor, input = {} }: ListRosterFilterOptionsOptions) {
  const community = authorize(actor, "roster.view");
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
        in: [...employers.map((e) => e.employerUnitId!), ...(input.selectedEmployerId ? [input.selectedEmployerId] : [])],
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
