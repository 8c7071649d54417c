import type { UnitReport } from "../generated/prisma/client.ts";

/** What the audit log keeps of a unit report, before and after a change. */
export function reportSnapshot(report: UnitReport) {
  return {
    unitId: report.unitId,
    communityId: report.communityId,
    status: report.status,
    offerVenues: report.offerVenues,
    offerPeople: report.offerPeople,
    offerGoods: report.offerGoods,
    offerFunds: report.offerFunds,
    offerServices: report.offerServices,
    offerSkills: report.offerSkills,
    note: report.note,
    contactName: report.contactName,
    contactPhone: report.contactPhone,
    declineReason: report.declineReason,
  };
}

/** The columns a submission writes: the offers and the contact, back to PENDING. */
export function reportContent(input: {
  offerVenues?: string;
  offerPeople?: string;
  offerGoods?: string;
  offerFunds?: string;
  offerServices?: string;
  offerSkills: string[];
  note?: string;
  contactName: string;
  contactPhone: string;
}) {
  return {
    status: "PENDING" as const,
    offerVenues: input.offerVenues ?? null,
    offerPeople: input.offerPeople ?? null,
    offerGoods: input.offerGoods ?? null,
    offerFunds: input.offerFunds ?? null,
    offerServices: input.offerServices ?? null,
    offerSkills: input.offerSkills,
    note: input.note ?? null,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    decidedById: null,
    decidedAt: null,
    declineReason: null,
  };
}

/** Status order on every list: what needs a decision first, then what was turned down. */
export const STATUS_ORDER = { PENDING: 0, DECLINED: 1, ACCEPTED: 2 } as const;
