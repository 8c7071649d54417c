"use server";

import { action } from "@/lib/actions/action";
import { giveOpinion } from "@/lib/council/give-opinion";
import { giveOpinionSchema } from "@/lib/council/schema";

export const giveOpinionAction = action({
  permission: "self.council",
  schema: giveOpinionSchema,
  successMessage: "council.opinionSaved",
  run: ({ actor, input }) => giveOpinion({ actor, input }),
  revalidate: [["/me", "layout"]],
});
