import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { rosterOrderBy, rosterWhere, type RosterFilter } from "../roster/roster-filter.ts";

/** One PDF holds at most this many badges (a district's biggest community has ~3,000 members). */
export const MAX_BADGES = 5000;

export type ListBadgesOptions = { actor: Actor; input: { ids: string[]; filter: RosterFilter } };

/**
 * The verified members to print badges for: the ticked ones (`ids`), or else everyone the roster's
 * filter shows. Always inside the secretary's community and only ACTIVE entries (a pending or
 * moved-out member gets no badge); ids of another community are simply not found.
 */
export async function listBadges({ actor, input }: ListBadgesOptions) {
  const community = authorize(actor, "identity.print");
  const where = input.ids.length
    ? { id: { in: input.ids }, communityId: community.orgId, status: "ACTIVE" as const }
    : { AND: [rosterWhere(community.orgId, input.filter), { status: "ACTIVE" as const }] };
  const members = await db().member.findMany({
    where,
    orderBy: rosterOrderBy(input.filter),
    take: MAX_BADGES,
    select: {
      name: true,
      checkToken: true,
      badgeNumber: true,
      room: true,
      community: { select: { name: true } },
      grid: { select: { name: true } },
      building: { select: { name: true } },
    },
  });
  return { community: community.orgName, members };
}
