import type { Prisma } from "../db.ts";

/**
 * The units a community may dispatch needs to (共建单位): vouched for by the street (decision 060),
 * not archived, and with a report to that community the secretary accepted.
 */
export function dispatchableUnitWhere(communityId: string): Prisma.OrganizationWhereInput {
  return {
    kind: "WORK_UNIT",
    verifiedAt: { not: null },
    archivedAt: null,
    unitReports: { some: { communityId, status: "ACCEPTED" } },
  };
}
