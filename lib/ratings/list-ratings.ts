import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { findRound } from "./round-scope.ts";
import { normalizePersonName } from "../members/person-name.ts";

export const RATINGS_PAGE_SIZE = 50;

export type ListRatingsOptions = { actor: Actor; input: { year: number; page?: number; query?: string; stars?: number } };

/**
 * One page of the score table of a year's round: members by name, with points, confirmed
 * activities, the entered scores, score and stars. `stars` filters to one star level.
 */
export async function listRatings({ actor, input }: ListRatingsOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  const round = await findRound(communityId, input.year);
  const page = Math.max(1, Math.floor(input.page ?? 1));
  if (!round) return { round: null, rows: [], total: 0, page, pageSize: RATINGS_PAGE_SIZE };
  const q = input.query ? normalizePersonName(input.query) : undefined;
  const where: Prisma.StarRatingWhereInput = {
    roundId: round.id,
    communityId,
    ...(q ? { member: { name: { contains: q } } } : {}),
    ...(input.stars !== undefined ? { stars: input.stars } : {}),
  };
  const [rows, total] = await Promise.all([
    db().starRating.findMany({
      where,
      orderBy: [{ member: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * RATINGS_PAGE_SIZE,
      take: RATINGS_PAGE_SIZE,
      select: {
        id: true,
        points: true,
        activities: true,
        peerScore: true,
        residentScore: true,
        residentScoreOverride: true,
        score: true,
        stars: true,
        story: true,
        member: { select: { id: true, name: true, room: true, status: true, building: { select: { name: true } } } },
      },
    }),
    db().starRating.count({ where }),
  ]);
  return {
    round: { id: round.id, status: round.status, year: round.year },
    rows: rows.map((r) => ({ ...r, score: r.score.toFixed(2) })),
    total,
    page,
    pageSize: RATINGS_PAGE_SIZE,
  };
}
