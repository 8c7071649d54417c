import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type GetOwnCardOptions = { actor: Actor };

/**
 * The signed-in member's card (党员证) in the community of their active role: name, community,
 * grid and building, the stars of the latest final rating, the volunteer teams they serve in, and
 * the token behind the QR code.
 */
export async function getOwnCard({ actor }: GetOwnCardOptions) {
  const community = authorize(actor, "self.card");
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: {
      id: true,
      name: true,
      checkToken: true,
      badgeNumber: true,
      verifiedAt: true,
      isCenterHousehold: true,
      isBuildingLeader: true,
      community: { select: { name: true } },
      grid: { select: { name: true } },
      building: { select: { name: true } },
      teamMemberships: {
        where: { status: "MEMBER", team: { archivedAt: null } },
        orderBy: { team: { name: "asc" } },
        select: { team: { select: { name: true } } },
      },
      ratings: {
        where: { round: { status: "FINAL" } },
        orderBy: { year: "desc" },
        take: 1,
        select: { year: true, stars: true },
      },
    },
  });
  if (!member) return null;
  const { ratings, teamMemberships, ...rest } = member;
  return { ...rest, rating: ratings[0] ?? null, teams: teamMemberships.map((m) => m.team.name) };
}
