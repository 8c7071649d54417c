import type { Actor, Grant } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { findPublishedRound } from "./round-scope.ts";
import { HONOUR_MIN_STARS } from "./schema.ts";

/** Secretaries and members of the community may see its honour roll; anyone else may not. */
function authorizeHonourRoll(actor: Actor): Grant {
  return can(actor, "ratings.manage") ? authorize(actor, "ratings.manage") : authorize(actor, "self.ratings");
}

export type GetHonourRollOptions = { actor: Actor; input?: { year?: number } };

/**
 * The honour roll (荣誉榜) of a year: the 5-, 4- and 3-star members grouped, with their stories
 * and the rating standard. Only a round in its public notice period (shown as such) or final;
 * a draft is nobody's business yet. Members get the newest published year unless `year` is given.
 */
export async function getHonourRoll({ actor, input = {} }: GetHonourRollOptions) {
  const community = authorizeHonourRoll(actor);
  const communityId = community.orgId;
  const round = await findPublishedRound(communityId, input.year);
  if (!round) return { published: false as const, communityName: community.orgName, year: input.year ?? null };
  const ratings = await db().starRating.findMany({
    where: { roundId: round.id, communityId, stars: { gte: HONOUR_MIN_STARS } },
    orderBy: [{ stars: "desc" }, { member: { name: "asc" } }, { id: "asc" }],
    select: { id: true, stars: true, story: true, member: { select: { name: true } } },
  });
  const groups = [5, 4, 3].map((stars) => ({
    stars,
    members: ratings.filter((r) => r.stars === stars).map((r) => ({ ratingId: r.id, name: r.member.name, story: r.story })),
  }));
  return {
    published: true as const,
    communityName: community.orgName,
    year: round.year,
    status: round.status,
    finalizedAt: round.finalizedAt,
    publicityEnd: round.publicityEnd,
    standardText: round.standardText,
    rule: {
      thresholds: round.thresholds,
      pointsWeight: round.pointsWeight,
      peerWeight: round.peerWeight,
      residentWeight: round.residentWeight,
    },
    groups,
    honoured: ratings.length,
  };
}
