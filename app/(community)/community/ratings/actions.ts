"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { answerObjection } from "@/lib/ratings/answer-objection";
import { computeRatingDraft } from "@/lib/ratings/compute-rating-draft";
import { finalizeRatings } from "@/lib/ratings/finalize-ratings";
import { saveRatingRule } from "@/lib/ratings/save-rating-rule";
import {
  answerObjectionSchema,
  ratingRuleSchema,
  ratingScoresSchema,
  ratingStorySchema,
  ratingYearSchema,
} from "@/lib/ratings/schema";
import { setRatingScores } from "@/lib/ratings/set-rating-scores";
import { setRatingStory } from "@/lib/ratings/set-rating-story";
import { startPublicity } from "@/lib/ratings/start-publicity";

const REFRESH: Revalidate[] = [["/community/ratings", "layout"], "/me/ratings", "/me/honour-roll"];

export const saveRatingRuleAction = action({
  permission: "ratings.manage",
  schema: ratingRuleSchema,
  successMessage: "ratings.ruleSaved",
  run: ({ actor, input }) => saveRatingRule({ actor, input }),
  revalidate: REFRESH,
});

export const computeRatingDraftAction = action({
  permission: "ratings.manage",
  schema: ratingYearSchema,
  successMessage: "ratings.computed",
  run: ({ actor, input }) => computeRatingDraft({ actor, input: { year: input.year } }),
  revalidate: REFRESH,
});

export const startPublicityAction = action({
  permission: "ratings.manage",
  schema: ratingYearSchema,
  successMessage: "ratings.publicityStarted",
  run: ({ actor, input }) => startPublicity({ actor, input: { year: input.year } }),
  revalidate: REFRESH,
});

export const finalizeRatingsAction = action({
  permission: "ratings.manage",
  schema: ratingYearSchema,
  successMessage: "ratings.finalized",
  run: ({ actor, input }) => finalizeRatings({ actor, input: { year: input.year } }),
  revalidate: REFRESH,
});

export const setRatingScoresAction = action({
  permission: "ratings.manage",
  schema: ratingScoresSchema,
  successMessage: "ratings.scoresSaved",
  run: ({ actor, input }) => setRatingScores({ actor, input }),
  revalidate: REFRESH,
});

export const answerObjectionAction = action({
  permission: "ratings.manage",
  schema: answerObjectionSchema,
  successMessage: "ratings.answered",
  run: ({ actor, input }) => answerObjection({ actor, input: { id: input.id, answer: input.answer } }),
  revalidate: REFRESH,
});

export const setRatingStoryAction = action({
  permission: "ratings.manage",
  schema: ratingStorySchema,
  successMessage: "ratings.storySaved",
  run: ({ actor, input }) => setRatingStory({ actor, input: { ratingId: input.ratingId, story: input.story } }),
  revalidate: REFRESH,
});
