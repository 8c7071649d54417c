"use server";

import { action } from "@/lib/actions/action";
import { remindActionDefinition } from "@/lib/dashboards/remind-follow-up-list";

/** The dashboard's one-click reminder for a follow-up list; the result says how many were reminded. */
export const remindFollowUpListAction = action(remindActionDefinition);
