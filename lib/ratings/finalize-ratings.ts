import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { lockRound, windowState } from "./round-scope.ts";

export type FinalizeRatingsOptions = { actor: Actor; input: { year: number } };

/**
 * Makes a round final once its public notice period has ended and every objection is answered.
 * Final ratings are read-only: rule, scores and the draft can no longer change (stories for the
 * honour roll still can: they describe the rating, they are not part of it).
 */
export async function finalizeRatings({ actor, input }: FinalizeRatingsOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    // the round's lock waits for objections being filed right now (they hold it FOR SHARE)
    const round = await lockRound(tx, { communityId, year: input.year });
    if (!round) throw new NotFoundError();
    if (round.status === "FINAL") throw new UserFacingError("ratings.alreadyFinal");
    if (round.status !== "PUBLICITY") throw new UserFacingError("ratings.finalizeNeedsPublicity");
    if (windowState(round) !== "ENDED") throw new UserFacingError("ratings.windowNotOver");
    const open = await tx.ratingObjection.count({ where: { roundId: round.id, status: "OPEN" } });
    if (open > 0) throw new UserFacingError("ratings.objectionsOpen");
    const finalizedAt = new Date();
    await tx.starRatingRound.update({
      where: { id: round.id },
      data: { status: "FINAL", finalizedAt, finalizedById: actor.userId },
    });
    const byStars = await tx.starRating.groupBy({ by: ["stars"], where: { roundId: round.id }, _count: { _all: true } });
    const counts = [0, 0, 0, 0, 0, 0];
    for (const group of byStars) counts[group.stars] = group._count._all;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "rating.finalize",
      entityType: "StarRatingRound",
      entityId: round.id,
      scopeOrgId: communityId,
      before: { status: round.status },
      after: { year: round.year, status: "FINAL", finalizedAt, byStars: counts },
    });
    return { roundId: round.id, year: round.year, finalizedAt };
  });
}
