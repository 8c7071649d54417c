import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { findActiveMember, findPublishedRound, windowState } from "./round-scope.ts";

export const MEMBER_LIST_PAGE_SIZE = 100;

export type GetMemberRatingsOptions = { actor: Actor; input?: { year?: number; page?: number }; now?: Date };

/**
 * The published ratings (public notice period or final) as a member of the community sees them:
 * the rule and standard, their own rating, the star-rated members (names and stars only) and
 * their own objections with the answers. The newest published round unless `year` is given.
 */
export async function getMemberRatings({ actor, input = {}, now }: GetMemberRatingsOptions) {
  const community = authorize(actor, "self.ratings");
  const communityId = community.orgId;
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const [round, member] = await Promise.all([
    findPublishedRound(communityId, input.year),
    findActiveMember(actor.userId, communityId),
  ]);
  if (!round) return { state: "NONE" as const, communityName: community.orgName, year: input.year ?? null };
  const listWhere = { roundId: round.id, communityId, stars: { gt: 0 } };
  const [rows, total, mine, objections] = await Promise.all([
    db().starRating.findMany({
      where: listWhere,
      orderBy: [{ stars: "desc" }, { member: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * MEMBER_LIST_PAGE_SIZE,
      take: MEMBER_LIST_PAGE_SIZE,
      select: { id: true, stars: true, memberId: true, member: { select: { name: true } } },
    }),
    db().starRating.count({ where: listWhere }),
    member
      ? db().starRating.findUnique({
          where: { roundId_memberId: { roundId: round.id, memberId: member.id } },
          select: {
            id: true,
            stars: true,
            points: true,
            activities: true,
            score: true,
            peerScore: true,
            residentScore: true,
            residentScoreOverride: true,
          },
        })
      : null,
    member
      ? db().ratingObjection.findMany({
          where: { roundId: round.id, memberId: member.id },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, reason: true, status: true, answer: true, answeredAt: true, createdAt: true, ratingId: true },
        })
      : [],
  ]);
  const window = windowState(round, now ?? new Date());
  return {
    state: "PUBLISHED" as const,
    communityName: community.orgName,
    year: round.year,
    round: {
      id: round.id,
      status: round.status,
      thresholds: round.thresholds,
      pointsWeight: round.pointsWeight,
      peerWeight: round.peerWeight,
      residentWeight: round.residentWeight,
      standardText: round.standardText,
      publicityStart: round.publicityStart,
      publicityEnd: round.publicityEnd,
      window,
    },
    activeMember: !!member,
    canObject: !!member && round.status === "PUBLICITY" && window === "OPEN",
    mine: mine ? { ...mine, score: mine.score.toFixed(2) } : null,
    rows: rows.map((r) => ({ id: r.id, name: r.member.name, stars: r.stars, isMine: !!member && r.memberId === member.id })),
    total,
    page,
    pageSize: MEMBER_LIST_PAGE_SIZE,
    objections,
  };
}
