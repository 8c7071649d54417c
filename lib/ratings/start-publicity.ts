import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { lockRound } from "./round-scope.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export type StartPublicityOptions = { actor: Actor; input: { year: number }; now?: Date };

/**
 * Starts the public notice period (公示) of a computed draft: from now for the round's number of
 * days. Members of the community then see the list and may object until it ends.
 */
export async function startPublicity({ actor, input, now }: StartPublicityOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const round = await lockRound(tx, { communityId, year: input.year });
    if (!round) throw new NotFoundError();
    if (round.status !== "DRAFT") throw new UserFacingError("ratings.publicityAlreadyStarted");
    if (!round.computedAt) throw new UserFacingError("ratings.computeFirst");
    const publicityStart = now ?? new Date();
    const publicityEnd = new Date(publicityStart.getTime() + round.publicityDays * DAY_MS);
    await tx.starRatingRound.update({ where: { id: round.id }, data: { status: "PUBLICITY", publicityStart, publicityEnd } });
    const rated = await tx.starRating.count({ where: { roundId: round.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "rating.startPublicity",
      entityType: "StarRatingRound",
      entityId: round.id,
      scopeOrgId: communityId,
      before: { status: round.status },
      after: { year: round.year, status: "PUBLICITY", publicityStart, publicityEnd, days: round.publicityDays, rated },
    });
    return { roundId: round.id, year: round.year, publicityStart, publicityEnd };
  });
}
