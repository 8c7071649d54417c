import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

/** The unit admin's own work unit and how many of its people reported where they live. */
export async function getUnitOverview(options: { actor: Actor }) {
  const grant = authorize(options.actor, "unit.view");
  const [unit, byStatus, byCommunity] = await Promise.all([
    db().organization.findFirst({
      where: { id: grant.orgId, kind: "WORK_UNIT" },
      select: { id: true, name: true, partyBranchName: true, contactName: true, address: true, inArea: true },
    }),
    db().member.groupBy({ by: ["status"], where: { employerUnitId: grant.orgId }, _count: { _all: true } }),
    db().member.groupBy({
      by: ["communityId"],
      where: { employerUnitId: grant.orgId, status: "ACTIVE" },
      _count: { _all: true },
    }),
  ]);
  if (!unit) throw new NotFoundError();
  const communities = await db().organization.findMany({
    where: { id: { in: byCommunity.map((r) => r.communityId) } },
    select: { id: true, name: true },
  });
  const names = new Map(communities.map((c) => [c.id, c.name]));
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, r._count._all]));
  return {
    unit,
    reported: byStatus.reduce((sum, r) => sum + r._count._all, 0),
    active: counts.ACTIVE ?? 0,
    pending: counts.PENDING ?? 0,
    communities: byCommunity
      .map((r) => ({ id: r.communityId, name: names.get(r.communityId) ?? "", members: r._count._all }))
      .sort((a, b) => b.members - a.members),
  };
}
