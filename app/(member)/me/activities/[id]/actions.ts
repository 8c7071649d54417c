"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { getMemberActivity } from "@/lib/activities/member-activities";
import { signupActionSchema } from "@/lib/activities/schema";
import { cancelOwnSignup, signUpForActivity } from "@/lib/activities/signups";

export type SignUpResult = { status: "CONFIRMED" | "WAITLISTED"; position: number | null };

export const signUpAction = action({
  permission: "self.signup",
  schema: signupActionSchema,
  successMessage: (result: SignUpResult) =>
    result.status === "CONFIRMED" ? "memberActivities.signedUp" : "memberActivities.waitlisted",
  run: async ({ actor, input }): Promise<SignUpResult> => {
    const joined = await signUpForActivity({ actor, activityId: input.activityId });
    revalidatePath("/me", "layout");
    if (joined.status === "CONFIRMED") return { status: "CONFIRMED", position: null };
    // the place in the queue, read after joining (someone may even have cancelled in between)
    const now = await getMemberActivity({ actor, id: input.activityId });
    return now.signupStatus === "CONFIRMED"
      ? { status: "CONFIRMED", position: null }
      : { status: "WAITLISTED", position: now.waitlistPosition };
  },
});

export const cancelSignupAction = action({
  permission: "self.signup",
  schema: signupActionSchema,
  successMessage: "memberActivities.cancelled",
  run: async ({ actor, input }) => {
    await cancelOwnSignup({ actor, activityId: input.activityId });
    revalidatePath("/me", "layout");
    return null;
  },
});
