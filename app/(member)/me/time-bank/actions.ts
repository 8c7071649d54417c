"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { redeemReward } from "@/lib/time-bank/redemptions";
import { redeemSchema } from "@/lib/time-bank/schema";

export const redeemAction = action({
  permission: "self.redeem",
  schema: redeemSchema,
  successMessage: "timebank.redeemed",
  run: async ({ actor, input }) => {
    const result = await redeemReward({ actor, rewardId: input.rewardId });
    revalidatePath("/me", "layout");
    return result;
  },
});
