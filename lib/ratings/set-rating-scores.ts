import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { lockRound, refuseFinal, rescoreRatings } from "./round-scope.ts";
import type { RatingScoresInput } from "./schema.ts";

export type SetRatingScoresOptions = { actor: Actor; input: RatingScoresInput };

/**
 * The secretary enters peer-evaluation scores and residents' score overrides (0–100; an empty
 * peer score counts as 0, an empty override leaves the score from the residents' ratings of the
 * member's confirmed needs, decision 087) for one page of the table, from the branch's evaluation meeting. Allowed in the draft and
 * during the public notice period (to answer objections); refused once final. Score and stars of
 * the changed rows follow at once.
 */
export async function setRatingScores({ actor, input }: SetRatingScoresOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  const { year, rows } = input;
  return db().$transaction(async (tx) => {
    const round = await lockRound(tx, { communityId, year });
    if (!round) throw new NotFoundError();
    refuseFinal(round);
    if (!rows.length) return { roundId: round.id, changed: 0 };
    const ids = rows.map((r) => r.ratingId);
    const current = await tx.starRating.findMany({
      where: { id: { in: ids }, roundId: round.id, communityId },
      select: { id: true, memberId: true, peerScore: true, residentScoreOverride: true },
    });
    if (current.length !== new Set(ids).size) throw new NotFoundError();
    const byId = new Map(current.map((r) => [r.id, r]));
    const changed = rows.filter((r) => {
      const before = byId.get(r.ratingId)!;
      return before.peerScore !== r.peerScore || before.residentScoreOverride !== r.residentScore;
    });
    if (!changed.length) return { roundId: round.id, changed: 0 };
    await tx.$executeRaw`
      UPDATE "StarRating" AS r
      SET "peerScore" = v.peer, "residentScoreOverride" = v.resident, "updatedAt" = now()
      FROM unnest(${changed.map((c) => c.ratingId)}::uuid[], ${changed.map((c) => c.peerScore)}::int[], ${changed.map((c) => c.residentScore)}::int[]) AS v(id, peer, resident)
      WHERE r.id = v.id AND r."roundId" = ${round.id}::uuid`;
    await rescoreRatings(
      tx,
      round,
      changed.map((c) => c.ratingId),
    );
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "rating.setScores",
      entityType: "StarRatingRound",
      entityId: round.id,
      scopeOrgId: communityId,
      after: {
        year: round.year,
        status: round.status,
        changes: changed.map((c) => {
          const before = byId.get(c.ratingId)!;
          return {
            memberId: before.memberId,
            peerScore: [before.peerScore, c.peerScore],
            residentScoreOverride: [before.residentScoreOverride, c.residentScore],
          };
        }),
      },
    });
    return { roundId: round.id, changed: changed.length };
  });
}
