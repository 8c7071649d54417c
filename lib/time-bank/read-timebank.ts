import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { pointsBalance } from "../points/ledger.ts";

const REDEMPTION_SELECT = {
  id: true,
  status: true,
  points: true,
  requestedAt: true,
  handledAt: true,
  reward: { select: { name: true } },
  member: { select: { id: true, name: true, building: { select: { name: true } }, room: true } },
} as const;

export type GetCommunityTimeBankOptions = { actor: Actor };

/** The secretary's catalogue and redemptions, requests waiting first. */
export async function getCommunityTimeBank({ actor }: GetCommunityTimeBankOptions) {
  const community = authorize(actor, "timebank.manage");
  const [rewards, waiting, recent] = await Promise.all([
    db().reward.findMany({
      where: { communityId: community.orgId },
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { pointsPrice: "asc" }],
    }),
    db().redemption.findMany({
      where: { communityId: community.orgId, status: "REQUESTED" },
      orderBy: { requestedAt: "asc" },
      select: REDEMPTION_SELECT,
    }),
    db().redemption.findMany({
      where: { communityId: community.orgId, status: { not: "REQUESTED" } },
      orderBy: { handledAt: "desc" },
      take: 30,
      select: REDEMPTION_SELECT,
    }),
  ]);
  return { rewards, waiting, recent };
}

export type GetMemberTimeBankOptions = { actor: Actor };

/** What a member can redeem, their balance and their own redemptions. */
export async function getMemberTimeBank({ actor }: GetMemberTimeBankOptions) {
  const community = authorize(actor, "self.redeem");
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  const [rewards, redemptions, balance] = await Promise.all([
    db().reward.findMany({ where: { communityId: community.orgId, archivedAt: null }, orderBy: { pointsPrice: "asc" } }),
    member
      ? db().redemption.findMany({
          where: { memberId: member.id },
          orderBy: { requestedAt: "desc" },
          take: 30,
          select: REDEMPTION_SELECT,
        })
      : Promise.resolve([]),
    member ? pointsBalance(member.id) : Promise.resolve(0),
  ]);
  return { verified: !!member, rewards, redemptions, balance };
}
