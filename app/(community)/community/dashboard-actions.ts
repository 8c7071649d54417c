"use server";

import { action } from "@/lib/actions/action";
import { remindFollowUpList } from "@/lib/dashboards/remind-follow-up-list";
import { remindFollowUpListSchema } from "@/lib/dashboards/schema";

/** The dashboard's one-click reminder for a follow-up list; the result says how many were reminded. */
export const remindFollowUpListAction = action({
  permission: "dashboard.community",
  schema: remindFollowUpListSchema,
  successMessage: "dashboard.remind.done",
  run: ({ actor, input }) => remindFollowUpList({ actor, input }),
});
