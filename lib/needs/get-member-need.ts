import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { BOARD_STATUSES, maskPhonesInText } from "./board-view.ts";

export type GetMemberNeedOptions = { actor: Actor; input: { needId: string } };

/**
 * One need for a member. Anyone verified in the community sees a need on the board, anonymized;
 * its claimants (ACTIVE or DONE claim, also members a co-building unit assigned from elsewhere)
 * see the resident's name, phone and room too (decision 087). Anything else is not found.
 */
export async function getMemberNeed({ actor, input }: GetMemberNeedOptions) {
  const community = authorize(actor, "self.needs");
  const prisma = db();
  const memberIds = (await prisma.member.findMany({ where: { userId: actor.userId }, select: { id: true } })).map((m) => m.id);
  const need = await prisma.need.findFirst({
    where: {
      id: input.needId,
      OR: [
        { communityId: community.orgId, status: { in: [...BOARD_STATUSES] } },
        { claims: { some: { memberId: { in: memberIds } } } },
      ],
    },
    select: {
      id: true,
      kind: true,
      status: true,
      content: true,
      wantedWhen: true,
      places: true,
      claimedCount: true,
      publishedAt: true,
      createdAt: true,
      doneAt: true,
      confirmedAt: true,
      rating: true,
      ratingComment: true,
      residentName: true,
      residentPhone: true,
      room: true,
      contactErasedAt: true,
      communityId: true,
      building: { select: { name: true } },
      category: { select: { nameZh: true, nameEn: true, icon: true } },
      claims: {
        where: { status: { in: ["ACTIVE", "DONE"] } },
        orderBy: { claimedAt: "asc" },
        select: {
          id: true,
          memberId: true,
          status: true,
          progressNote: true,
          doneNote: true,
          member: { select: { name: true } },
        },
      },
    },
  });
  if (!need) throw new NotFoundError();
  const mine = await prisma.needClaim.findFirst({
    where: { needId: need.id, memberId: { in: memberIds } },
    select: { id: true, status: true, progressNote: true, doneNote: true, returnReason: true, creditedAt: true },
  });
  const isClaimant = !!mine && (mine.status === "ACTIVE" || mine.status === "DONE");
  const { residentName, residentPhone, room, claims, ...rest } = need;
  const points = mine ? await prisma.pointsEntry.findUnique({ where: { needClaimId: mine.id }, select: { amount: true } }) : null;
  return {
    ...rest,
    content: isClaimant ? need.content : maskPhonesInText(need.content),
    contact: isClaimant ? { name: residentName, phone: residentPhone, room } : null,
    // fellow claimants of a group claim (帮帮团) see each other's names; others only the count
    claimants: isClaimant ? claims.map((c) => ({ name: c.member.name, status: c.status })) : [],
    mine: mine ? { ...mine, points: points?.amount ?? null } : null,
    canClaim:
      !mine || mine.status === "RETURNED"
        ? need.communityId === community.orgId &&
          (need.status === "PUBLISHED" || need.status === "CLAIMED") &&
          need.claimedCount < need.places
        : false,
  };
}
