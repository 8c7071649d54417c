"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { cancelActivity, createActivity, publishActivity, updateActivity } from "@/lib/activities/save-activity";
import {
  activityIdSchema,
  activitySchema,
  cancelActivitySchema,
  signUpOnBehalfSchema,
  updateActivitySchema,
} from "@/lib/activities/schema";
import { cancelSignupOnBehalf, signUpOnBehalf } from "@/lib/activities/signups";
import { addWalkIn } from "@/lib/attendance/add-walk-in";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { addWalkInSchema, confirmAttendanceSchema } from "@/lib/attendance/schema";
import { searchMembers, searchMembersSchema } from "@/lib/members/search-members";

const refresh = () => revalidatePath("/community", "layout");

export const createActivityAction = action({
  permission: "activities.manage",
  schema: activitySchema,
  run: async ({ actor, input }) => {
    const { id } = await createActivity({ actor, input });
    refresh();
    redirect(`/community/activities/${id}?done=created`);
  },
});

export const updateActivityAction = action({
  permission: "activities.manage",
  schema: updateActivitySchema,
  run: async ({ actor, input: { id, ...input } }) => {
    await updateActivity({ actor, id, input });
    refresh();
    redirect(`/community/activities/${id}?done=saved`);
  },
});

// publishing and cancelling remove the form that was used, so the page says what happened
export const publishActivityAction = action({
  permission: "activities.manage",
  schema: activityIdSchema,
  run: async ({ actor, input }) => {
    await publishActivity({ actor, id: input.id });
    refresh();
    redirect(`/community/activities/${input.id}?done=published`);
  },
});

export const cancelActivityAction = action({
  permission: "activities.manage",
  schema: cancelActivitySchema,
  run: async ({ actor, input }) => {
    await cancelActivity({ actor, id: input.id, reason: input.reason });
    refresh();
    redirect(`/community/activities/${input.id}?done=cancelled`);
  },
});

export const signUpOnBehalfAction = action({
  permission: "activities.manage",
  schema: signUpOnBehalfSchema,
  successMessage: (result: { status: string }) =>
    result.status === "CONFIRMED" ? "activities.signedUpOnBehalf" : "activities.waitlistedOnBehalf",
  run: async ({ actor, input }) => {
    const result = await signUpOnBehalf({ actor, ...input });
    refresh();
    return result;
  },
});

export const cancelSignupOnBehalfAction = action({
  permission: "activities.manage",
  schema: signUpOnBehalfSchema,
  successMessage: "activities.signupCancelled",
  run: async ({ actor, input }) => {
    await cancelSignupOnBehalf({ actor, ...input });
    refresh();
  },
});

export const confirmAttendanceAction = action({
  permission: "attendance.manage",
  schema: confirmAttendanceSchema,
  successMessage: "attendance.confirmedMessage",
  run: async ({ actor, input }) => {
    const result = await confirmAttendance({ actor, input });
    refresh();
    return result;
  },
});

export const addWalkInAction = action({
  permission: "attendance.manage",
  schema: addWalkInSchema,
  successMessage: "attendance.walkInAdded",
  run: async ({ actor, input }) => {
    await addWalkIn({ actor, input });
    refresh();
  },
});

/** The member pickers' search (sign up on behalf, walk-in). */
export const searchMembersAction = action({
  permission: "activities.manage",
  schema: searchMembersSchema,
  run: async ({ actor, input }) => searchMembers({ actor, input }),
});
