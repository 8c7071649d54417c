"use server";

import { action } from "@/lib/actions/action";
import { cancelOwnSignup } from "@/lib/activities/cancel-own-signup";
import { signupActionSchema, type SignUpResult } from "@/lib/activities/schema";
import { signUpForActivity } from "@/lib/activities/sign-up-for-activity";

export const signUpAction = action({
  permission: "self.signup",
  schema: signupActionSchema,
  successMessage: (result: SignUpResult) =>
    result.status === "CONFIRMED" ? "memberActivities.signedUp" : "memberActivities.waitlisted",
  // the place in the queue comes from the same statement that joined it
  run: async ({ actor, input }): Promise<SignUpResult> => {
    const { status, position } = await signUpForActivity({ actor, input });
    return { status, position };
  },
  revalidate: [["/me", "layout"]],
});

export const cancelSignupAction = action({
  permission: "self.signup",
  schema: signupActionSchema,
  successMessage: "memberActivities.cancelled",
  run: async ({ actor, input }) => {
    await cancelOwnSignup({ actor, input });
    return null;
  },
  revalidate: [["/me", "layout"]],
});
