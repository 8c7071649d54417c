import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { maskPhone } from "../privacy/phone.ts";

export type ListCommunityTransfersOptions = { actor: Actor };

/**
 * The secretary's transfers page: requests to move in (open first, then the last 100 decided), and
 * the community's members who moved out through a transfer (the last 100). A member asking to move
 * in is not yet this community's: their phone is masked until accepted.
 */
export async function listCommunityTransfers({ actor }: ListCommunityTransfersOptions) {
  const community = authorize(actor, "transfers.decide");
  const prisma = db();
  const select = {
    id: true,
    status: true,
    room: true,
    note: true,
    declineReason: true,
    createdAt: true,
    decidedAt: true,
    fromCommunityId: true,
    toCommunityId: true,
    toBuildingId: true,
    newMemberId: true,
    memberId: true,
    member: { select: { name: true, phone: true, kind: true, employerName: true, employerUnit: { select: { name: true } } } },
  } as const;
  const [pending, decided, outgoing] = await Promise.all([
    prisma.transferRequest.findMany({
      where: { toCommunityId: community.orgId, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: 500,
      select,
    }),
    prisma.transferRequest.findMany({
      where: { toCommunityId: community.orgId, status: { in: ["ACCEPTED", "DECLINED"] } },
      orderBy: { decidedAt: "desc" },
      take: 100,
      select,
    }),
    prisma.transferRequest.findMany({
      where: { fromCommunityId: community.orgId, status: { in: ["PENDING", "ACCEPTED"] } },
      orderBy: { createdAt: "desc" },
      take: 100,
      select,
    }),
  ]);
  const orgIds = [
    ...new Set([...pending, ...decided, ...outgoing].flatMap((r) => [r.fromCommunityId, r.toCommunityId, r.toBuildingId])),
  ];
  const orgs = await prisma.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } });
  const name = new Map(orgs.map((o) => [o.id, o.name]));
  const view = (r: (typeof pending)[number], phoneVisible: boolean) => ({
    id: r.id,
    status: r.status,
    room: r.room,
    note: r.note,
    declineReason: r.declineReason,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    from: name.get(r.fromCommunityId) ?? "—",
    to: name.get(r.toCommunityId) ?? "—",
    building: name.get(r.toBuildingId) ?? "—",
    memberId: r.memberId,
    newMemberId: r.newMemberId,
    name: r.member.name,
    phone: phoneVisible ? r.member.phone : maskPhone(r.member.phone),
    kind: r.member.kind,
    employer: r.member.employerUnit?.name ?? r.member.employerName ?? null,
  });
  return {
    pending: pending.map((r) => view(r, false)),
    decided: decided.map((r) => view(r, r.status === "ACCEPTED")),
    outgoing: outgoing.map((r) => view(r, true)),
  };
}
