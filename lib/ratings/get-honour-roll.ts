import type { Actor, Grant } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { findPublishedRound, findRound } from "./round-scope.ts";
import { HONOUR_MIN_STARS } from "./schema.ts";

export const STORY_PAGE_SIZE = 30;

/** Secretaries and members of the community may see its honour roll; anyone else may not. */
function authorizeHonourRoll(actor: Actor): Grant {
  return can(actor, "ratings.manage") ? authorize(actor, "ratings.manage") : authorize(actor, "self.ratings");
}

/**
 * The honour roll (荣誉榜) of a year: the 5-, 4- and 3-star members grouped, with their stories
 * and the rating standard. Only a round in its public notice period (shown as such) or final;
 * a draft is nobody's business yet. Members get the newest published year unless `year` is given.
 */
export async function getHonourRoll(options: { actor: Actor; year?: number }) {
  const community = authorizeHonourRoll(options.actor);
  const communityId = community.orgId;
  const round = await findPublishedRound(communityId, options.year);
  if (!round) return { published: false as const, communityName: community.orgName, year: options.year ?? null };
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

/** The 3–5-star members of a year's round (any status) with their stories, a page at a time, for the secretary to write them. */
export async function listStoryCandidates(options: { actor: Actor; year: number; page?: number }) {
  const community = authorize(options.actor, "ratings.manage");
  const communityId = community.orgId;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const round = await findRound(communityId, options.year);
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
