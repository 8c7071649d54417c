import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { findRound } from "./round-scope.ts";

export type ListObjectionsOptions = { actor: Actor; input: { year: number } };

/** The objections to a year's round, unanswered first, with who filed them and the rating concerned. */
export async function listObjections({ actor, input }: ListObjectionsOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  const round = await findRound(communityId, input.year);
  if (!round) return { round: null, objections: [] };
  const objections = await db().ratingObjection.findMany({
    where: { roundId: round.id, round: { communityId } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reason: true,
      status: true,
      answer: true,
      answeredAt: true,
      createdAt: true,
      ratingId: true,
      member: { select: { id: true, name: true } },
    },
  });
  const ratingIds = objections.map((o) => o.ratingId).filter((id): id is string => !!id);
  const ratings = ratingIds.length
    ? await db().starRating.findMany({
        where: { id: { in: ratingIds }, roundId: round.id },
        select: { id: true, stars: true, score: true, points: true },
      })
    : [];
  const byId = new Map(ratings.map((r) => [r.id, { stars: r.stars, score: r.score.toFixed(2), points: r.points }]));
  return {
    round: { id: round.id, status: round.status, year: round.year },
    objections: objections.map(({ ratingId, ...o }) => ({ ...o, rating: ratingId ? (byId.get(ratingId) ?? null) : null })),
  };
}
