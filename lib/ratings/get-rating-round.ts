import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { findRound, ruleOf, windowState } from "./round-scope.ts";

export type GetRatingRoundOptions = { actor: Actor; input: { year: number } };

/**
 * The secretary's overview of a year's rating: the round (or none yet, with the default rule),
 * how many members are rated per star, the objections and what the next step is.
 */
export async function getRatingRound({ actor, input }: GetRatingRoundOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  const round = await findRound(communityId, input.year);
  const [activeMembers, byStars, objections] = await Promise.all([
    db().member.count({ where: { communityId, status: "ACTIVE" } }),
    round ? db().starRating.groupBy({ by: ["stars"], where: { roundId: round.id, communityId }, _count: { _all: true } }) : [],
    round ? db().ratingObjection.groupBy({ by: ["status"], where: { roundId: round.id }, _count: { _all: true } }) : [],
  ]);
  const counts = [0, 0, 0, 0, 0, 0];
  for (const group of byStars) counts[group.stars] = group._count._all;
  const objectionCount = (status: string) => objections.find((o) => o.status === status)?._count._all ?? 0;
  return {
    year: input.year,
    communityName: community.orgName,
    round: round
      ? {
          id: round.id,
          status: round.status,
          computedAt: round.computedAt,
          publicityStart: round.publicityStart,
          publicityEnd: round.publicityEnd,
          finalizedAt: round.finalizedAt,
          window: windowState(round),
        }
      : null,
    rule: ruleOf(round),
    activeMembers,
    rated: counts.reduce((sum, n) => sum + n, 0),
    byStars: counts,
    objections: { open: objectionCount("OPEN"), answered: objectionCount("ANSWERED") },
  };
}
