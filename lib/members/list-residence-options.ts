import { db } from "../db.ts";
import { byName } from "../natural-order.ts";

/**
 * Public choices for the registration form: communities (by street), and for the chosen one its
 * grids and buildings. Names only: nothing here is personal data.
 */
export async function listResidenceOptions(communityId?: string) {
  const [communities, grids, units] = await Promise.all([
    db().organization.findMany({
      where: { kind: "COMMUNITY", archivedAt: null },
      select: { id: true, name: true, parent: { select: { name: true } } },
    }),
    communityId && /^[0-9a-f-]{36}$/i.test(communityId)
      ? db().organization.findMany({
          where: { kind: "GRID", communityId, archivedAt: null },
          select: { id: true, name: true, children: { where: { archivedAt: null }, select: { id: true, name: true } } },
        })
      : Promise.resolve([]),
    db().organization.findMany({
      // only units the street has verified: a self-registered name is never offered to members
      where: { kind: "WORK_UNIT", archivedAt: null, verifiedAt: { not: null } },
      orderBy: { name: "asc" },
      take: 5000,
      select: { name: true },
    }),
  ]);
  return {
    communities: communities
      .map((c) => ({ id: c.id, name: c.name, street: c.parent?.name ?? "" }))
      .sort((a, b) => a.street.localeCompare(b.street, "zh-CN") || byName(a, b)),
    grids: grids.sort(byName).map((g) => ({ id: g.id, name: g.name, buildings: g.children.sort(byName) })),
    unitNames: [...new Set(units.map((u) => u.name))],
  };
}
