import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { lockOrCreateRound, rescoreRatings, ruleSnapshot } from "./round-scope.ts";
import type { RatingRuleInput } from "./schema.ts";

export type SaveRatingRuleOptions = { actor: Actor; input: RatingRuleInput };

/**
 * The secretary sets the rule of a year's rating (creating the round on first save). Only while
 * the round is a draft; a draft already computed gets its scores and stars re-derived at once
 * from the stored points and scores, so the table never shows stars of an older rule.
 */
export async function saveRatingRule({ actor, input }: SaveRatingRuleOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const before = await lockOrCreateRound(tx, communityId, input.year);
    if (before.status !== "DRAFT") throw new UserFacingError("ratings.ruleLocked");
    const after = await tx.starRatingRound.update({
      where: { id: before.id },
      data: {
        thresholds: input.thresholds,
        pointsWeight: input.pointsWeight,
        peerWeight: input.peerWeight,
        residentWeight: input.residentWeight,
        publicityDays: input.publicityDays,
        standardText: input.standardText,
      },
    });
    const rescored = await rescoreRatings(tx, after);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "rating.saveRule",
      entityType: "StarRatingRound",
      entityId: after.id,
      scopeOrgId: communityId,
      before: { year: before.year, ...ruleSnapshot(before) },
      after: { year: after.year, ...ruleSnapshot(after), rescored },
    });
    return { roundId: after.id, year: after.year, rescored };
  });
}
