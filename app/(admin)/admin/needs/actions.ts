"use server";

import { action } from "@/lib/actions/action";
import { remindOverdueNeeds, remindOverdueNeedsSchema } from "@/lib/needs/remind-overdue-needs";

/** The street's overdue list: the same one-click reminder, across the street's communities. */
export const remindStreetOverdueNeedsAction = action({
  permission: "needs.street",
  schema: remindOverdueNeedsSchema,
  successMessage: "common.saved",
  run: ({ actor, input }) => remindOverdueNeeds({ actor, input }),
});
