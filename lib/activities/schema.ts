import { z } from "zod";
import { idSchema, optionalText, requiredText } from "../actions/form-data.ts";
import { parseLocalDateTime } from "../time.ts";

const localDateTime = z
  .string({ error: "validation.required" })
  .min(1, "validation.required")
  .transform((value, ctx) => {
    const date = parseLocalDateTime(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "validation.dateTime" });
      return z.NEVER;
    }
    return date;
  });

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "errors.notFound" }).optional());

export const activitySchema = z
  .object({
    title: requiredText(60),
    description: optionalText(2000),
    place: requiredText(100),
    categoryId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" })),
    itemId: optionalId,
    startsAt: localDateTime,
    endsAt: localDateTime,
    signupDeadline: localDateTime,
    capacity: z.coerce
      .number({ error: "validation.number" })
      .int("validation.wholeNumber")
      .min(1, "activities.capacityRange")
      .max(2000, "activities.capacityRange"),
    points: z.coerce
      .number({ error: "validation.number" })
      .int("validation.wholeNumber")
      .min(0, "activities.pointsRange")
      .max(100, "activities.pointsRange"),
    hours: z.coerce
      .number({ error: "validation.number" })
      .min(0, "activities.hoursRange")
      .max(24, "activities.hoursRange")
      .multipleOf(0.5, "activities.hoursStep"),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "activities.endBeforeStart" });
    if (v.signupDeadline > v.startsAt)
      ctx.addIssue({ code: "custom", path: ["signupDeadline"], message: "activities.deadlineAfterStart" });
  });
export type ActivityInput = z.infer<typeof activitySchema>;

export const updateActivitySchema = activitySchema.and(z.object({ id: idSchema }));
export const activityIdSchema = z.object({ id: idSchema });
export const cancelActivitySchema = z.object({ id: idSchema, reason: requiredText(200) });
export const signUpOnBehalfSchema = z.object({
  activityId: idSchema,
  memberId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" })),
});
export const signupActionSchema = z.object({ activityId: idSchema });
