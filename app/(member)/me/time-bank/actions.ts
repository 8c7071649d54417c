"use server";

import { action } from "@/lib/actions/action";
import { redeemReward } from "@/lib/time-bank/redeem-reward";
import { redeemSchema } from "@/lib/time-bank/schema";

export const redeemAction = action({
  permission: "self.redeem",
  schema: redeemSchema,
  successMessage: "timebank.redeemed",
  run: ({ actor, input }) => redeemReward({ actor, input: { rewardId: input.rewardId } }),
  revalidate: [["/me", "layout"]],
});
