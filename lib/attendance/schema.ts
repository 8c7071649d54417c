import { z } from "zod";
import { idSchema } from "../actions/form-data.ts";

/** Confirmed places (an activity has at most 2,000) plus check-ins and walk-ins without a sign-up. */
export const ATTENDANCE_MAX_ROWS = 4000;

/** Member ids from a list of checkboxes: absent, one or many. */
const memberIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid({ error: "errors.notFound" })).max(ATTENDANCE_MAX_ROWS, "attendance.tooMany"),
);

/** The attendance form: who came (ticked), who was listed (every open row), and the hours to credit. */
export const confirmAttendanceSchema = z.object({
  activityId: idSchema,
  attended: memberIds,
  signedUp: memberIds,
  hours: z.coerce
    .number({ error: "validation.number" })
    .min(0, "activities.hoursRange")
    .max(24, "activities.hoursRange")
    .multipleOf(0.5, "activities.hoursStep")
    .optional(),
});
export type ConfirmAttendanceInput = z.infer<typeof confirmAttendanceSchema>;

export const addWalkInSchema = z.object({
  activityId: idSchema,
  memberId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "attendance.chooseMember" })),
});
export type AddWalkInInput = z.infer<typeof addWalkInSchema> & { hours?: number };
