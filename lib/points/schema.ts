import { z } from "zod";
import { integer, requiredText, selectedId } from "../validation/fields.ts";

/** The secretary's manual adjustment of a member's points (plus or minus, with a reason). */
export const adjustPointsSchema = z.object({
  memberId: selectedId,
  amount: integer(-1000, 1000, "points.amountRange"),
  reason: requiredText(200),
});
export type AdjustPointsInput = z.infer<typeof adjustPointsSchema>;
