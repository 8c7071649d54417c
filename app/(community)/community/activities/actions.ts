"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { cancelActivity } from "@/lib/activities/cancel-activity";
import { cancelSignupOnBehalf } from "@/lib/activities/cancel-signup-on-behalf";
import { createActivity } from "@/lib/activities/create-activity";
import { publishActivity } from "@/lib/activities/publish-activity";
import {
  activityIdSchema,
  activitySchema,
  cancelActivitySchema,
  signUpOnBehalfSchema,
  updateActivitySchema,
} from "@/lib/activities/schema";
import { signUpOnBehalf } from "@/lib/activities/sign-up-on-behalf";
import { updateActivity } from "@/lib/activities/update-activity";
import { addWalkIn } from "@/lib/attendance/add-walk-in";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { addWalkInSchema, confirmAttendanceSchema } from "@/lib/attendance/schema";
import { searchMembers, searchMembersSchema } from "@/lib/members/search-members";

const REFRESH: Revalidate[] = [["/community", "layout"]];
// publishing, cancelling and saving leave the form that was used, so the page says what happened
const done = (what: string) => (result: { id: string }) => `/community/activities/${result.id}?done=${what}`;

export const createActivityAction = action({
  permission: "activities.manage",
  schema: activitySchema,
  run: ({ actor, input }) => createActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("created"),
});

export const updateActivityAction = action({
  permission: "activities.manage",
  schema: updateActivitySchema,
  run: ({ actor, input }) => updateActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("saved"),
});

export const publishActivityAction = action({
  permission: "activities.manage",
  schema: activityIdSchema,
  run: ({ actor, input }) => publishActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("published"),
});

export const cancelActivityAction = action({
  permission: "activities.manage",
  schema: cancelActivitySchema,
  run: ({ actor, input }) => cancelActivity({ actor, input }),
  revalidate: REFRESH,
  redirectTo: done("cancelled"),
});

export const signUpOnBehalfAction = action({
  permission: "activities.manage",
  schema: signUpOnBehalfSchema,
  successMessage: (result: { status: string }) =>
    result.status === "CONFIRMED" ? "activities.signedUpOnBehalf" : "activities.waitlistedOnBehalf",
  run: async ({ actor, input }) => {
    const { status, position } = await signUpOnBehalf({ actor, input });
    return { status, position };
  },
  revalidate: REFRESH,
});

export const cancelSignupOnBehalfAction = action({
  permission: "activities.manage",
  schema: signUpOnBehalfSchema,
  successMessage: "activities.signupCancelled",
  run: async ({ actor, input }) => {
    await cancelSignupOnBehalf({ actor, input });
  },
  revalidate: REFRESH,
});

export const confirmAttendanceAction = action({
  permission: "attendance.manage",
  schema: confirmAttendanceSchema,
  successMessage: "attendance.confirmedMessage",
  run: ({ actor, input }) => confirmAttendance({ actor, input }),
  revalidate: REFRESH,
});

export const addWalkInAction = action({
  permission: "attendance.manage",
  schema: addWalkInSchema,
  successMessage: "attendance.walkInAdded",
  run: async ({ actor, input }) => {
    await addWalkIn({ actor, input });
  },
  revalidate: REFRESH,
});

/** The member pickers' search (sign up on behalf, walk-in). */
export const searchMembersAction = action({
  permission: "activities.manage",
  schema: searchMembersSchema,
  run: ({ actor, input }) => searchMembers({ actor, input }),
});
