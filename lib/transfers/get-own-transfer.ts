import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type GetOwnTransferOptions = { actor: Actor };

/** The member's entry in the community they act in and their latest transfer request from it, if any. */
export async function getOwnTransfer({ actor }: GetOwnTransferOptions) {
  const community = authorize(actor, "self.transfer");
  const prisma = db();
  const member = await prisma.member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true, community: { select: { name: true } } },
  });
  if (!member) return null;
  const request = await prisma.transferRequest.findFirst({
    where: { memberId: member.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, toCommunityId: true, room: true, declineReason: true, createdAt: true, decidedAt: true },
  });
  const target = request
    ? await prisma.organization.findFirst({ where: { id: request.toCommunityId }, select: { name: true } })
    : null;
  return { member, request: request ? { ...request, toCommunity: target?.name ?? "—" } : null };
}
