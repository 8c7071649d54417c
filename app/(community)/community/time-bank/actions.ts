"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { archiveReward } from "@/lib/time-bank/archive-reward";
import { createReward } from "@/lib/time-bank/create-reward";
import { updateReward } from "@/lib/time-bank/update-reward";
import { handleRedemption } from "@/lib/time-bank/handle-redemption";
import { handleRedemptionSchema, rewardIdSchema, rewardSchema, updateRewardSchema } from "@/lib/time-bank/schema";

const REFRESH: Revalidate[] = ["/community/time-bank"];

export const createRewardAction = action({
  permission: "timebank.manage",
  schema: rewardSchema,
  successMessage: "timebank.rewardSaved",
  run: async ({ actor, input }) => {
    await createReward({ actor, input });
  },
  revalidate: REFRESH,
});

export const updateRewardAction = action({
  permission: "timebank.manage",
  schema: updateRewardSchema,
  successMessage: "timebank.rewardSaved",
  run: async ({ actor, input: { id, ...input } }) => {
    await updateReward({ actor, input: { ...input, id } });
  },
  revalidate: REFRESH,
});

export const archiveRewardAction = action({
  permission: "timebank.manage",
  schema: rewardIdSchema,
  successMessage: "timebank.rewardArchived",
  run: async ({ actor, input }) => {
    await archiveReward({ actor, input: { id: input.id } });
  },
  revalidate: REFRESH,
});

export const handleRedemptionAction = action({
  permission: "timebank.manage",
  schema: handleRedemptionSchema,
  successMessage: (result: { outcome: string }) => (result.outcome === "FULFILLED" ? "timebank.fulfilled" : "timebank.cancelled"),
  run: async ({ actor, input }) => {
    await handleRedemption({ actor, input: { ...input } });
    return { outcome: input.outcome };
  },
  revalidate: REFRESH,
});
