import "server-only";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";

export type NeedFormOptions = {
  community: { id: string; name: string; street: string };
  buildings: { id: string; name: string; grid: string | null }[];
  categories: { id: string; nameZh: string; nameEn: string }[];
  /** the building the poster named (?b=), when it is one of the community's */
  buildingId: string | null;
};

/** What the need form offers for one community (public: names only). Unknown community → not found. */
export async function getNeedFormOptions({
  input,
}: {
  input: { communityId: string; buildingId?: string; onlyBuildingIds?: readonly string[] };
}): Promise<NeedFormOptions> {
  const community = await db().organization.findFirst({
    where: { id: input.communityId, kind: "COMMUNITY", archivedAt: null, streetId: { not: null } },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  if (!community) throw new NotFoundError();
  const [buildings, categories] = await Promise.all([
    db().organization.findMany({
      where: {
        communityId: community.id,
        kind: "BUILDING",
        archivedAt: null,
        ...(input.onlyBuildingIds ? { id: { in: [...input.onlyBuildingIds] } } : {}),
      },
      select: { id: true, name: true, parent: { select: { name: true, kind: true } } },
    }),
    db().serviceCategory.findMany({
      where: { archivedAt: null, OR: [{ communityId: null }, { communityId: community.id }] },
      select: { id: true, nameZh: true, nameEn: true },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const sorted = buildings
    .map((b) => ({ id: b.id, name: b.name, grid: b.parent?.kind === "GRID" ? b.parent.name : null }))
    .sort((a, b) => byName({ name: a.grid ?? "" }, { name: b.grid ?? "" }) || byName(a, b));
  return {
    community: { id: community.id, name: community.name, street: community.parent?.name ?? "" },
    buildings: sorted,
    categories,
    buildingId: sorted.some((b) => b.id === input.buildingId) ? input.buildingId! : null,
  };
}
