import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type DuplicateHint = {
  memberId: string;
  name: string;
  reason: "samePhoneElsewhere" | "sameNameAndBuilding";
  where: string;
  status: string;
};

export type ListPendingMembersOptions = { actor: Actor };

/** The verification queue: pending entries with what they entered and possible duplicates. */
export async function listPendingMembers({ actor }: ListPendingMembersOptions) {
  const community = authorize(actor, "roster.verify");
  const communityId = community.orgId;
  const pending = await db().member.findMany({
    where: { communityId, status: "PENDING" },
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
    take: 500,
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
