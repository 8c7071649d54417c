"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { requiredText } from "@/lib/actions/form-data";
import { adjustPoints } from "@/lib/points/ledger";

const adjustSchema = z.object({
  memberId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" })),
  amount: z.coerce
    .number({ error: "validation.number" })
    .int("validation.wholeNumber")
    .min(-1000, "points.amountRange")
    .max(1000, "points.amountRange"),
  reason: requiredText(200),
});

export const adjustPointsAction = action({
  permission: "points.manage",
  schema: adjustSchema,
  successMessage: "points.adjusted",
  run: async ({ actor, input }) => {
    const result = await adjustPoints({ actor, ...input });
    revalidatePath("/community", "layout");
    return result;
  },
});
