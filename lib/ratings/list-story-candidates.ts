import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { findRound } from "./round-scope.ts";
import { HONOUR_MIN_STARS } from "./schema.ts";

export const STORY_PAGE_SIZE = 30;

export type ListStoryCandidatesOptions = { actor: Actor; input: { year: number; page?: number } };

/** The 3–5-star members of a year's round (any status) with their stories, a page at a time, for the secretary to write them. */
export async function listStoryCandidates({ actor, input }: ListStoryCandidatesOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const round = await findRound(communityId, input.year);
  if (!round) return { rows: [], total: 0, page, pageSize: STORY_PAGE_SIZE };
  const where = { roundId: round.id, communityId, stars: { gte: HONOUR_MIN_STARS } };
  const [rows, total] = await Promise.all([
    db().starRating.findMany({
      where,
      orderBy: [{ stars: "desc" }, { member: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * STORY_PAGE_SIZE,
      take: STORY_PAGE_SIZE,
      select: {
        id: true,
        stars: true,
        story: true,
        points: true,
        activities: true,
        member: { select: { id: true, name: true } },
      },
    }),
    db().starRating.count({ where }),
  ]);
  return { rows, total, page, pageSize: STORY_PAGE_SIZE };
}
