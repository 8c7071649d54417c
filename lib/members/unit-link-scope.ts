import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Roster entries of a community with a suggested link waiting for confirmation: only suggestions
 * to a unit the street has verified (and not archived), never entries that moved out. `query`
 * matches the member's name, the employer as typed or the unit's name.
 */
export function pendingLinkWhere(communityId: string, query?: string): Prisma.MemberWhereInput {
  return {
    communityId,
    status: { not: "MOVED_OUT" },
    suggestedUnit: { is: { verifiedAt: { not: null }, archivedAt: null } },
    ...(query
      ? {
          OR: [
            { name: { contains: query } },
            { employerName: { contains: query } },
            { suggestedUnit: { is: { name: { contains: query } } } },
          ],
        }
      : {}),
  };
}
