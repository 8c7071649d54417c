import { db, type Prisma, type Tx } from "../db.ts";
import { yearRange } from "../time.ts";
import { DEFAULT_THRESHOLD, addresseeOf } from "./letter-rules.ts";
import { creditedClaimCounts } from "../needs/need-services.ts";

/** The community's letter settings, with the defaults when it never saved any. */
export async function letterSettingsOf(communityId: string, client: Tx = db()) {
  const settings = await client.communitySettings.findUnique({
    where: { communityId },
    select: { letterThreshold: true, letterClosing: true },
  });
  return { threshold: settings?.letterThreshold ?? DEFAULT_THRESHOLD, closing: settings?.letterClosing ?? null };
}

/**
 * Roster entries that count for a year: verified members, and members who moved out during or
 * after that year (they served while they lived here). Pending and returned entries never count.
 */
export function countingMemberWhere(communityId: string, year: number): Prisma.MemberWhereInput {
  const { start } = yearRange(year);
  return {
    communityId,
    OR: [{ status: "ACTIVE" }, { status: "MOVED_OUT", OR: [{ movedOutAt: null }, { movedOutAt: { gte: start } }] }],
  };
}

/**
 * The records a letter is made of: CONFIRMED attendance (not check-ins awaiting confirmation,
 * not no-shows) at this community's activities that started in the Beijing calendar year and
 * were not cancelled.
 */
export function confirmedRecordWhere(communityId: string, year: number): Prisma.ActivityRecordWhereInput {
  const { start, end } = yearRange(year);
  return {
    communityId,
    status: "CONFIRMED",
    activity: { communityId, status: { not: "CANCELLED" }, startsAt: { gte: start, lt: end } },
    member: countingMemberWhere(communityId, year),
  };
}

export type Candidate = {
  member: { id: string; name: string };
  activities: number;
  workUnitId: string | null;
  addressee: string;
  employerName: string;
};

export type Classification = {
  threshold: number;
  closing: string | null;
  /** letters of the year that exist already, with their serials (for the next sequence number) */
  existing: { memberId: string; serial: string }[];
  /** at or above the threshold, no letter yet, with an addressee: these get one */
  toCreate: Candidate[];
  /** at or above the threshold, no letter yet, but no employer to write to */
  noAddressee: { id: string; name: string; activities: number }[];
  /** at least one confirmed activity but fewer than the threshold, and no letter */
  belowThreshold: number;
};

/**
 * Sorts the year's members into "has a letter", "gets one", "no addressee" and "below the
 * threshold" with three set-based queries: one aggregate of confirmed records per member, the
 * year's letters, and the employers of the members who newly qualify.
 */
export async function classifyMembers(client: Tx, communityId: string, year: number): Promise<Classification> {
  const { threshold, closing } = await letterSettingsOf(communityId, client);
  const [counts, existing] = await Promise.all([
    client.activityRecord.groupBy({ by: ["memberId"], where: confirmedRecordWhere(communityId, year), _count: { _all: true } }),
    client.thankYouLetter.findMany({ where: { communityId, year }, select: { memberId: true, serial: true } }),
  ]);
  // a confirmed need the member helped with counts as a service too (decision 087)
  const needs = await creditedClaimCounts(client, year, countingMemberWhere(communityId, year));
  const services = new Map(counts.map((c) => [c.memberId, c._count._all]));
  for (const [memberId, n] of needs) services.set(memberId, (services.get(memberId) ?? 0) + n);
  const hasLetter = new Set(existing.map((l) => l.memberId));
  const open = [...services].filter(([memberId]) => !hasLetter.has(memberId));
  const qualifying = new Map(open.filter(([, n]) => n >= threshold));
  const belowThreshold = open.length - qualifying.size;
  const members = qualifying.size
    ? await client.member.findMany({
        where: { id: { in: [...qualifying.keys()] }, communityId },
        select: {
          id: true,
          name: true,
          employerUnitId: true,
          employerName: true,
          employerBranch: true,
          employerUnit: { select: { name: true, partyBranchName: true, verifiedAt: true } },
        },
      })
    : [];
  const collator = new Intl.Collator("zh-CN");
  members.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const toCreate: Candidate[] = [];
  const noAddressee: Classification["noAddressee"] = [];
  for (const member of members) {
    const activities = qualifying.get(member.id) ?? 0;
    const to = addresseeOf(member);
    if (to) toCreate.push({ member: { id: member.id, name: member.name }, activities, ...to });
    else noAddressee.push({ id: member.id, name: member.name, activities });
  }
  return { threshold, closing, existing, toCreate, noAddressee, belowThreshold };
}
