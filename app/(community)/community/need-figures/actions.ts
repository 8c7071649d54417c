"use server";

import { action } from "@/lib/actions/action";
import { remindOverdueNeeds, remindOverdueNeedsSchema } from "@/lib/needs/remind-overdue-needs";

/** The overdue list's one-click reminder (all overdue needs, or one). */
export const remindOverdueNeedsAction = action({
  permission: "needs.manage",
  schema: remindOverdueNeedsSchema,
  successMessage: "common.saved",
  run: ({ actor, input }) => remindOverdueNeeds({ actor, input }),
});
