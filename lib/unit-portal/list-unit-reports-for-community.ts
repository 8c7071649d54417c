import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { offerSelect } from "./offer-select.ts";

export type ListUnitReportsForCommunityOptions = { actor: Actor };

/**
 * Unit reports the secretary's community received that are not (or not yet) accepted: pending
 * first (oldest first, as a queue), then the declined ones (latest first). Accepted reports are
 * the co-building list (`listCoBuildingUnits`).
 */
export async function listUnitReportsForCommunity({ actor }: ListUnitReportsForCommunityOptions) {
  const community = authorize(actor, "unitReports.decide");
  const reports = await db().unitReport.findMany({
    where: { communityId: community.orgId, status: { in: ["PENDING", "DECLINED"] }, unit: { archivedAt: null } },
    orderBy: { updatedAt: "asc" },
    select: {
      ...offerSelect,
      unit: {
        select: {
          id: true,
          name: true,
          partyBranchName: true,
          address: true,
          creditCode: true,
          inArea: true,
          contactName: true,
          contactPhone: true,
          verifiedAt: true,
        },
      },
    },
  });
  return {
    pending: reports.filter((r) => r.status === "PENDING"),
    declined: reports.filter((r) => r.status === "DECLINED").reverse(),
  };
}
