"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { idSchema, stringList } from "@/lib/actions/form-data";
import { cancelActivity, createActivity, publishActivity, updateActivity } from "@/lib/activities/save-activity";
import {
  activityIdSchema,
  activitySchema,
  cancelActivitySchema,
  signUpOnBehalfSchema,
  updateActivitySchema,
} from "@/lib/activities/schema";
import { cancelSignupOnBehalf, signUpOnBehalf } from "@/lib/activities/signups";
import { addWalkIn, confirmAttendance } from "@/lib/attendance/confirm-attendance";

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

const confirmSchema = z.object({
  activityId: idSchema,
  attended: stringList,
  signedUp: stringList,
  hours: z.coerce
    .number({ error: "validation.number" })
    .min(0, "activities.hoursRange")
    .max(24, "activities.hoursRange")
    .multipleOf(0.5, "activities.hoursStep"),
});

export const confirmAttendanceAction = action({
  permission: "attendance.manage",
  schema: confirmSchema,
  successMessage: "attendance.confirmedMessage",
  run: async ({ actor, input }) => {
    const noShowIds = input.signedUp.filter((id) => !input.attended.includes(id));
    const result = await confirmAttendance({
      actor,
      activityId: input.activityId,
      memberIds: input.attended,
      noShowIds,
      hours: input.hours,
    });
    refresh();
    return result;
  },
});

export const addWalkInAction = action({
  permission: "attendance.manage",
  schema: signUpOnBehalfSchema,
  successMessage: "attendance.walkInAdded",
  run: async ({ actor, input }) => {
    await addWalkIn({ actor, activityId: input.activityId, memberId: input.memberId });
    refresh();
  },
});
