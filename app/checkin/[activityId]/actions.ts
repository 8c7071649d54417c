"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { checkIn } from "@/lib/attendance/check-in";
import { checkInFormSchema, checkinPath, checkinTokenFrom } from "@/lib/attendance/checkin-rules";
import { rememberActiveGrant } from "@/lib/auth/session";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { idSchema } from "@/lib/validation/fields";

/** The only way to check in: a POST from the page's button, never the GET that opens the page. */
export const checkInAction = action({
  permission: "self.signup",
  schema: checkInFormSchema,
  successMessage: "checkin.success",
  revalidate: [["/me", "layout"]],
  run: async ({ actor, input }) => {
    try {
      return await checkIn({ actor, input });
    } catch (error) {
      // "not found" here means: not an activity of the community they act for
      if (error instanceof NotFoundError) throw new UserFacingError("checkin.notFound");
      throw error;
    }
  },
});

const switchSchema = z.object({
  grantId: idSchema,
  activityId: idSchema,
  token: z.string().optional(),
});

/**
 * Acting in another role (e.g. a unit's party secretary who is also a member): switch to one of
 * the person's own MEMBER grants and come back to the same check-in page, token included.
 */
export const switchToMemberRoleAction = action({
  schema: switchSchema,
  run: async ({ actor, input }) => {
    const grant = actor.grants.find((g) => g.id === input.grantId && g.role === "MEMBER");
    if (grant) await rememberActiveGrant(grant.id);
    return { back: checkinPath(input.activityId, checkinTokenFrom(input.token)) };
  },
  redirectTo: ({ back }) => back,
});
