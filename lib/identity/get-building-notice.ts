import { db } from "../db.ts";
import { isCheckToken, maskSurname } from "./identity-rules.ts";

export type BuildingNotice = {
  building: string;
  grid: string | null;
  community: string;
  leaders: string[];
  centerHouseholds: string[];
};

/**
 * Public (no sign-in): a building's notice, reached from the QR code of its 党员中心户 plaque —
 * its group leader and its center household, surnames only, never a phone or a room.
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
  const community = await db().organization.findFirst({ where: { id: building.communityId }, select: { name: true } });
  if (!community) return null;
  return {
    building: building.name,
    grid: building.parent?.name ?? null,
    community: community.name,
    leaders: building.buildingMembers.filter((m) => m.isBuildingLeader).map((m) => maskSurname(m.name)),
    centerHouseholds: building.buildingMembers.filter((m) => m.isCenterHousehold).map((m) => maskSurname(m.name)),
  };
}
