"use server";

import { action } from "@/lib/actions/action";
import { writeNeedStorySchema } from "@/lib/needs/story-schema";
import { writeNeedStory } from "@/lib/needs/write-need-story";

export const writeNeedStoryAction = action({
  permission: "needs.manage",
  schema: writeNeedStorySchema,
  run: ({ actor, input }) => writeNeedStory({ actor, input }),
  successMessage: "needsPublic.story.saved",
  revalidate: ["/community/needs/stories", "/community/ratings/honour-roll", "/me/honour-roll"],
});
