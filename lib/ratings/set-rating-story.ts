import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { HONOUR_MIN_STARS } from "./schema.ts";

export type SetRatingStoryOptions = { actor: Actor; input: { ratingId: string; story: string | null | undefined } };

/**
 * The secretary writes (or clears) the short exemplary story (先进事迹) of a 3–5-star member for
 * the honour roll. Decided: stories stay editable in every status, also once the round is final,
 * because the honour roll is often written up after the rating is settled; the story is not
 * part of the rating itself (points, scores and stars stay read-only).
 */
export async function setRatingStory({ actor, input }: SetRatingStoryOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  const story = input.story?.trim() || null;
  return db().$transaction(async (tx) => {
    const rating = await tx.starRating.findFirst({
      where: { id: input.ratingId, communityId, round: { communityId } },
      select: { id: true, roundId: true, memberId: true, stars: true, story: true, year: true },
    });
    if (!rating) throw new NotFoundError();
    if (rating.stars < HONOUR_MIN_STARS && story)
      throw new UserFacingError("errors.checkForm", { story: "ratings.storyOnlyHonoured" });
    if (rating.story === story) return { ratingId: rating.id, changed: false };
    await tx.starRating.update({ where: { id: rating.id }, data: { story } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "rating.setStory",
      entityType: "StarRatingRound",
      entityId: rating.roundId,
      scopeOrgId: communityId,
      before: { memberId: rating.memberId, story: rating.story },
      after: { memberId: rating.memberId, year: rating.year, story },
    });
    return { ratingId: rating.id, changed: true };
  });
}
