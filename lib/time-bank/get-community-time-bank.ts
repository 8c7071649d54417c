import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { REDEMPTION_SELECT } from "./redemption-select.ts";

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
