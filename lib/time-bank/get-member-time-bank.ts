import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { pointsBalance } from "../points/ledger.ts";
import { REDEMPTION_SELECT } from "./redemption-select.ts";

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
