import { db } from "../db.ts";
import { isCheckToken, maskSurname } from "./identity-rules.ts";

export type BuildingNotice = {
  building: string;
  grid: string | null;
  community: string;
  leaders: string[];
  centerHouseholds: string[];
  /** the building's open needs on the members' board: kind, category and state only — never what a resident wrote */
  openNeeds: { id: string; kind: string; category: { nameZh: string; nameEn: string }; status: string; since: Date }[];
};

/** Needs the community has published (or sent to a unit) and not yet finished: what the building still waits for. */
const OPEN_NEED_STATUSES = ["PUBLISHED", "DISPATCHED", "CLAIMED"] as const;

/**
 * Public (no sign-in): a building's notice, reached from the QR code of its 党员中心户 plaque —
 * its group leader and its center household, surnames only, never a phone or a room; and the open
 * needs of the building (kind, category, state), never their text or the resident.
 * Null for an unknown token or an archived building.
 */
export async function getBuildingNotice(token: string): Promise<BuildingNotice | null> {
  if (!isCheckToken(token)) return null;
  const building = await db().organization.findFirst({
    where: { noticeToken: token, kind: "BUILDING", archivedAt: null },
    select: {
      id: true,
      name: true,
      communityId: true,
      parent: { select: { name: true } },
      buildingMembers: {
        where: { status: "ACTIVE", OR: [{ isBuildingLeader: true }, { isCenterHousehold: true }] },
        orderBy: { name: "asc" },
        select: { name: true, isBuildingLeader: true, isCenterHousehold: true },
      },
    },
  });
  if (!building?.communityId) return null;
  const [community, openNeeds] = await Promise.all([
    db().organization.findFirst({ where: { id: building.communityId }, select: { name: true } }),
    db().need.findMany({
      where: { communityId: building.communityId, buildingId: building.id, status: { in: [...OPEN_NEED_STATUSES] } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, kind: true, status: true, createdAt: true, category: { select: { nameZh: true, nameEn: true } } },
    }),
  ]);
  if (!community) return null;
  return {
    building: building.name,
    grid: building.parent?.name ?? null,
    community: community.name,
    leaders: building.buildingMembers.filter((m) => m.isBuildingLeader).map((m) => maskSurname(m.name)),
    centerHouseholds: building.buildingMembers.filter((m) => m.isCenterHousehold).map((m) => maskSurname(m.name)),
    openNeeds: openNeeds.map((n) => ({ id: n.id, kind: n.kind, category: n.category, status: n.status, since: n.createdAt })),
  };
}
