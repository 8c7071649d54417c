"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { idSchema } from "@/lib/actions/form-data";
import { archiveReward, createReward, updateReward } from "@/lib/time-bank/manage-rewards";
import { handleRedemption } from "@/lib/time-bank/redemptions";
import { rewardIdSchema, rewardSchema, updateRewardSchema } from "@/lib/time-bank/schema";

const refresh = () => revalidatePath("/community/time-bank");

export const createRewardAction = action({
  permission: "timebank.manage",
  schema: rewardSchema,
  successMessage: "timebank.rewardSaved",
  run: async ({ actor, input }) => {
    await createReward({ actor, input });
    refresh();
  },
});

export const updateRewardAction = action({
  permission: "timebank.manage",
  schema: updateRewardSchema,
  successMessage: "timebank.rewardSaved",
  run: async ({ actor, input: { id, ...input } }) => {
    await updateReward({ actor, id, input });
    refresh();
  },
});

export const archiveRewardAction = action({
  permission: "timebank.manage",
  schema: rewardIdSchema,
  successMessage: "timebank.rewardArchived",
  run: async ({ actor, input }) => {
    await archiveReward({ actor, id: input.id });
    refresh();
  },
});

export const handleRedemptionAction = action({
  permission: "timebank.manage",
  schema: z.object({ id: idSchema, outcome: z.enum(["FULFILLED", "CANCELLED"]) }),
  successMessage: (result: { outcome: string }) => (result.outcome === "FULFILLED" ? "timebank.fulfilled" : "timebank.cancelled"),
  run: async ({ actor, input }) => {
    await handleRedemption({ actor, ...input });
    refresh();
    return { outcome: input.outcome };
  },
});
