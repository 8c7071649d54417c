import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListPlaquesOptions = { actor: Actor };

/**
 * One plaque per building that has a 党员中心户 (an ACTIVE member marked as center household in the
 * roster), in the natural order of grids and buildings. A building with two marked households gets
 * one plaque naming the first by name: the roster shows the marks, the secretary keeps one.
 */
export async function listPlaques({ actor }: ListPlaquesOptions) {
  const community = authorize(actor, "identity.print");
  const households = await db().member.findMany({
    where: { communityId: community.orgId, status: "ACTIVE", isCenterHousehold: true, buildingId: { not: null } },
    orderBy: [{ grid: { name: "asc" } }, { building: { name: "asc" } }, { name: "asc" }],
    select: {
      name: true,
      buildingId: true,
      grid: { select: { name: true } },
      building: { select: { name: true, noticeToken: true, archivedAt: true } },
    },
  });
  const seen = new Set<string>();
  const plaques = [];
  for (const h of households) {
    if (!h.building || h.building.archivedAt || seen.has(h.buildingId!)) continue;
    seen.add(h.buildingId!);
    plaques.push({
      household: h.name,
      building: h.building.name,
      grid: h.grid?.name ?? null,
      noticeToken: h.building.noticeToken,
    });
  }
  return { community: community.orgName, plaques };
}
