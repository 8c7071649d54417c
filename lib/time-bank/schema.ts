import { z } from "zod";
import { idSchema, optionalText, requiredText } from "../actions/form-data.ts";

export const rewardSchema = z.object({
  name: requiredText(40),
  description: optionalText(200),
  pointsPrice: z.coerce
    .number({ error: "validation.number" })
    .int("validation.wholeNumber")
    .min(1, "timebank.priceRange")
    .max(10_000, "timebank.priceRange"),
  stock: z.coerce
    .number({ error: "validation.number" })
    .int("validation.wholeNumber")
    .min(0, "timebank.stockRange")
    .max(100_000, "timebank.stockRange"),
});
export type RewardInput = z.infer<typeof rewardSchema>;
export const updateRewardSchema = rewardSchema.extend({ id: idSchema });
export const rewardIdSchema = z.object({ id: idSchema });
export const redeemSchema = z.object({ rewardId: idSchema });
