import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";

export type ListCoBuildingUnitsOptions = { actor: Actor };

/**
 * 共建单位: the units whose reports the secretary's community accepted, with what they offer and
 * whom to call (in full: the unit gave the number for this purpose), and counts by status.
 * Units the street archived are left out.
 */
export async function listCoBuildingUnits({ actor }: ListCoBuildingUnitsOptions) {
  const community = authorize(actor, "unitReports.decide");
  const [accepted, byStatus] = await Promise.all([
    db().unitReport.findMany({
      where: { communityId: community.orgId, status: "ACCEPTED", unit: { archivedAt: null } },
      select: {
        id: true,
        offerVenues: true,
        offerPeople: true,
        offerGoods: true,
        offerFunds: true,
        offerServices: true,
        offerSkills: true,
        note: true,
        contactName: true,
        contactPhone: true,
        decidedAt: true,
        unit: { select: { id: true, name: true, partyBranchName: true, address: true, inArea: true } },
      },
    }),
    db().unitReport.groupBy({
      by: ["status"],
      where: { communityId: community.orgId, unit: { archivedAt: null } },
      _count: { _all: true },
    }),
  ]);
  const counts = { PENDING: 0, ACCEPTED: 0, DECLINED: 0 };
  for (const row of byStatus) counts[row.status] = row._count._all;
  accepted.sort((a, b) => byName(a.unit, b.unit));
  return {
    units: accepted,
    counts: {
      pending: counts.PENDING,
      accepted: counts.ACCEPTED,
      declined: counts.DECLINED,
      offeringVenues: accepted.filter((r) => r.offerVenues).length,
      offeringPeople: accepted.filter((r) => r.offerPeople).length,
      offeringFunds: accepted.filter((r) => r.offerFunds).length,
      offeringGoods: accepted.filter((r) => r.offerGoods).length,
      offeringServices: accepted.filter((r) => r.offerServices).length,
    },
  };
}
