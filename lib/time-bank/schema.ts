import { z } from "zod";
import { idSchema, integer, optionalText, requiredText } from "../validation/fields.ts";

export const rewardSchema = z.object({
  name: requiredText(40),
  description: optionalText(200),
  pointsPrice: integer(1, 10_000, "timebank.priceRange"),
  stock: integer(0, 100_000, "timebank.stockRange"),
});
export type RewardInput = z.infer<typeof rewardSchema>;
export const updateRewardSchema = rewardSchema.extend({ id: idSchema });
export type UpdateRewardInput = z.infer<typeof updateRewardSchema>;
export const rewardIdSchema = z.object({ id: idSchema });
export const redeemSchema = z.object({ rewardId: idSchema });
export const handleRedemptionSchema = z.object({ id: idSchema, outcome: z.enum(["FULFILLED", "CANCELLED"]) });
