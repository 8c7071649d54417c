import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type CountUnitNeedsOptions = { actor: Actor; input: { year: number } };

/**
 * The unit dashboard's task figures for one year of task months: dispatched to the unit, waiting
 * for it to assign, in progress, reported done, confirmed by the resident, and the average rating.
 */
export async function countUnitNeeds({ actor, input }: CountUnitNeedsOptions) {
  const grant = authorize(actor, "unit.view");
  const rows = await db().need.groupBy({
    by: ["status"],
    where: {
      unitId: grant.orgId,
      taskMonth: { gte: new Date(`${input.year}-01-01T00:00:00Z`), lt: new Date(`${input.year + 1}-01-01T00:00:00Z`) },
    },
    _count: { _all: true },
    _avg: { rating: true },
  });
  const n = (status: string) => rows.find((r) => r.status === status)?._count._all ?? 0;
  const confirmed = rows.find((r) => r.status === "CONFIRMED");
  return {
    total: rows.reduce((sum, r) => sum + r._count._all, 0),
    waiting: n("DISPATCHED"),
    inProgress: n("CLAIMED"),
    reported: n("DONE"),
    confirmed: n("CONFIRMED"),
    averageRating: confirmed?._avg.rating ? Math.round(confirmed._avg.rating * 10) / 10 : null,
  };
}
