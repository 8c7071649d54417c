"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
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

function refresh() {
  revalidatePath("/community/ratings", "layout");
  revalidatePath("/me/ratings");
  revalidatePath("/me/honour-roll");
}

export const saveRatingRuleAction = action({
  permission: "ratings.manage",
  schema: ratingRuleSchema,
  successMessage: "ratings.ruleSaved",
  run: async ({ actor, input }) => {
    const result = await saveRatingRule({ actor, input });
    refresh();
    return result;
  },
});

export const computeRatingDraftAction = action({
  permission: "ratings.manage",
  schema: ratingYearSchema,
  successMessage: "ratings.computed",
  run: async ({ actor, input }) => {
    const result = await computeRatingDraft({ actor, year: input.year });
    refresh();
    return result;
  },
});

export const startPublicityAction = action({
  permission: "ratings.manage",
  schema: ratingYearSchema,
  successMessage: "ratings.publicityStarted",
  run: async ({ actor, input }) => {
    const result = await startPublicity({ actor, year: input.year });
    refresh();
    return result;
  },
});

export const finalizeRatingsAction = action({
  permission: "ratings.manage",
  schema: ratingYearSchema,
  successMessage: "ratings.finalized",
  run: async ({ actor, input }) => {
    const result = await finalizeRatings({ actor, year: input.year });
    refresh();
    return result;
  },
});

export const setRatingScoresAction = action({
  permission: "ratings.manage",
  schema: ratingScoresSchema,
  successMessage: "ratings.scoresSaved",
  run: async ({ actor, input }) => {
    const result = await setRatingScores({ actor, input });
    refresh();
    return result;
  },
});

export const answerObjectionAction = action({
  permission: "ratings.manage",
  schema: answerObjectionSchema,
  successMessage: "ratings.answered",
  run: async ({ actor, input }) => {
    const result = await answerObjection({ actor, id: input.id, answer: input.answer });
    refresh();
    return result;
  },
});

export const setRatingStoryAction = action({
  permission: "ratings.manage",
  schema: ratingStorySchema,
  successMessage: "ratings.storySaved",
  run: async ({ actor, input }) => {
    const result = await setRatingStory({ actor, ratingId: input.ratingId, story: input.story });
    refresh();
    return result;
  },
});
