import { z } from "zod";
import {
  decimal,
  idSchema,
  integer,
  localDateTime,
  optionalId,
  optionalText,
  requiredText,
  selectedId,
} from "../validation/fields.ts";

export const activitySchema = z
  .object({
    title: requiredText(60),
    description: optionalText(2000),
    place: requiredText(100),
    categoryId: selectedId,
    itemId: optionalId(),
    startsAt: localDateTime,
    endsAt: localDateTime,
    signupDeadline: localDateTime,
    capacity: integer(1, 2000, "activities.capacityRange"),
    points: integer(0, 100, "activities.pointsRange"),
    hours: decimal(0, 24, { rangeKey: "activities.hoursRange", step: 0.5, stepKey: "activities.hoursStep" }),
    /** the volunteer team running it; a team leader must choose one of theirs */
    teamId: optionalId("teams.badTeam"),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "activities.endBeforeStart" });
    if (v.signupDeadline > v.startsAt)
      ctx.addIssue({ code: "custom", path: ["signupDeadline"], message: "activities.deadlineAfterStart" });
  });
export type ActivityInput = z.infer<typeof activitySchema>;

export const updateActivitySchema = activitySchema.and(z.object({ id: idSchema }));
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;

export const activityIdSchema = z.object({ id: idSchema });
export type ActivityIdInput = z.infer<typeof activityIdSchema>;

export const cancelActivitySchema = z.object({ id: idSchema, reason: requiredText(200) });
export type CancelActivityInput = z.infer<typeof cancelActivitySchema>;

export const signUpOnBehalfSchema = z.object({ activityId: idSchema, memberId: selectedId });
export type SignUpOnBehalfInput = z.infer<typeof signUpOnBehalfSchema>;

export const signupActionSchema = z.object({ activityId: idSchema });
export type SignupInput = z.infer<typeof signupActionSchema>;

/** A member's sign-up: confirmed, or on the waitlist at `position` (1 = next). */
export type SignUpResult = { status: "CONFIRMED" | "WAITLISTED"; position: number | null };
