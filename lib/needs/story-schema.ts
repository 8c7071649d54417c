// 微故事: the secretary writes up a confirmed need as a short story for the wall and the honour roll.
import { z } from "zod";
import { idSchema, requiredText } from "../validation/fields.ts";

export const writeNeedStorySchema = z.object({
  needId: idSchema,
  title: requiredText(40),
  body: requiredText(1000),
});
export type WriteNeedStoryInput = z.infer<typeof writeNeedStorySchema>;
