import { z } from "zod";
import { decimal, idSchema, repeated, selectedId } from "../validation/fields.ts";

/** Confirmed places (an activity has at most 2,000) plus check-ins and walk-ins without a sign-up. */
export const ATTENDANCE_MAX_ROWS = 4000;

/** The attendance form: who came (ticked), who was listed (every open row, unticked ones are no-shows), the hours. */
export const confirmAttendanceSchema = z.object({
  activityId: idSchema,
  attended: repeated(selectedId, ATTENDANCE_MAX_ROWS),
  signedUp: repeated(selectedId, ATTENDANCE_MAX_ROWS),
  hours: decimal(0, 24, { rangeKey: "activities.hoursRange", step: 0.5, stepKey: "activities.hoursStep" }).optional(),
});
export type ConfirmAttendanceInput = z.infer<typeof confirmAttendanceSchema>;

/** A walk-in: the member chosen in the picker. */
export const addWalkInSchema = z.object({
  activityId: idSchema,
  memberId: z.string({ error: "attendance.chooseMember" }).pipe(selectedId),
});
export type AddWalkInInput = z.infer<typeof addWalkInSchema> & { hours?: number };
