import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { pendingWhere } from "./pending-filter.ts";

export type DuplicateHint = {
  memberId: string;
  name: string;
  reason: "samePhoneElsewhere" | "sameNameAndBuilding";
  where: string;
  status: string;
};

export type ListPendingMembersOptions = { actor: Actor; input?: { q?: string; page?: number } };

export const PENDING_PAGE_SIZE = 50;

/**
 * The verification queue, oldest first, a page at a time and searchable (a wave of spam can be
 * thousands): pending entries with what they entered and possible duplicates.
 */
export async function listPendingMembers({ actor, input = {} }: ListPendingMembersOptions) {
  const community = authorize(actor, "roster.verify");
  const communityId = community.orgId;
  const where = pendingWhere(communityId, input.q);
  const total = await db().member.count({ where });
  const page = Math.min(Math.max(1, input.page ?? 1), Math.max(1, Math.ceil(total / PENDING_PAGE_SIZE)));
  const members = await listPage(communityId, where, page);
  return { members, total, page, pageSize: PENDING_PAGE_SIZE };
}

async function listPage(communityId: string, where: ReturnType<typeof pendingWhere>, page: number) {
  const pending = await db().member.findMany({
    where,
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * PENDING_PAGE_SIZE,
    take: PENDING_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      gender: true,
      phone: true,
      room: true,
      kind: true,
      position: true,
      skills: true,
      interests: true,
      availability: true,
      willingness: true,
      reportedAt: true,
      source: true,
      buildingId: true,
      grid: { select: { name: true } },
      building: { select: { name: true } },
      employerUnit: { select: { name: true, partyBranchName: true } },
      suggestedUnit: { select: { name: true, verifiedAt: true } },
      employerName: true,
      employerBranch: true,
    },
  });
  if (!pending.length) return [];

  const [samePhone, sameName] = await Promise.all([
    db().member.findMany({
      where: {
        phone: { in: pending.map((m) => m.phone) },
        communityId: { not: communityId },
        status: { in: ["PENDING", "ACTIVE"] },
      },
      select: { id: true, name: true, phone: true, status: true, community: { select: { name: true } } },
    }),
    db().member.findMany({
      where: {
        communityId,
        id: { notIn: pending.map((m) => m.id) },
        status: { not: "REJECTED" },
        OR: pending.filter((m) => m.buildingId).map((m) => ({ name: m.name, buildingId: m.buildingId })),
      },
      select: { id: true, name: true, buildingId: true, status: true, room: true, building: { select: { name: true } } },
    }),
  ]);
  // two pending entries with the same name in the same building hint at each other too
  const pendingTwins = pending.filter((a) =>
    pending.some((b) => b.id !== a.id && b.name === a.name && b.buildingId === a.buildingId),
  );

  return pending.map((member) => {
    const duplicates: DuplicateHint[] = [
      ...samePhone
        .filter((d) => d.phone === member.phone)
        .map((d) => ({
          memberId: d.id,
          name: d.name,
          reason: "samePhoneElsewhere" as const,
          where: d.community.name,
          status: d.status,
        })),
      ...[...sameName, ...pendingTwins.map((p) => ({ ...p, status: "PENDING" as const }))]
        .filter((d) => d.id !== member.id && d.name === member.name && d.buildingId === member.buildingId)
        .map((d) => ({
          memberId: d.id,
          name: d.name,
          reason: "sameNameAndBuilding" as const,
          where: [d.building?.name, d.room].filter(Boolean).join(" "),
          status: d.status,
        })),
    ];
    return { ...member, duplicates };
  });
}
