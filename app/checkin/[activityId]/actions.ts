"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { checkIn } from "@/lib/attendance/check-in";
import { getActor, rememberActiveGrant } from "@/lib/auth/session";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { checkInFormSchema, checkinPath, checkinTokenFrom } from "@/lib/activities/activity-rules";

export type CheckInResult = { title: string; checkedInAt: Date; alreadyConfirmed: boolean };

/** The only way to check in: a POST from the page's button, never the GET that opens the page. */
export const checkInAction = action({
  permission: "self.signup",
  schema: checkInFormSchema,
  successMessage: "checkin.success",
  run: async ({ actor, input }): Promise<CheckInResult> => {
    try {
      const result = await checkIn({ actor, activityId: input.activityId, token: input.token });
      revalidatePath("/me", "layout");
      return result;
    } catch (error) {
      // "not found" here means: not an activity of the community they act for (or cancelled)
      if (error instanceof NotFoundError) throw new UserFacingError("checkin.notFound");
      throw error;
    }
  },
});

/**
 * Acting in another role (e.g. a unit's party secretary who is also a member): switch to one of
 * the person's own MEMBER grants and come back to the same check-in page, token included.
 */
export async function switchToMemberRoleAction(formData: FormData) {
  const activityId = formData.get("activityId");
  const token = formData.get("token");
  const back = checkinPath(
    typeof activityId === "string" ? activityId : "",
    checkinTokenFrom(typeof token === "string" ? token : undefined),
  );
  const actor = await getActor();
  if (!actor) redirect(`/login?returnTo=${encodeURIComponent(back)}`);
  const grant = actor.grants.find((g) => g.id === formData.get("grantId") && g.role === "MEMBER");
  if (grant) await rememberActiveGrant(grant.id);
  redirect(back);
}
