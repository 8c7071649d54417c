import { z } from "zod";
import { decimal, idSchema, repeated, selectedId } from "../validation/fields.ts";

/** Ticked members attended; signed-up members left unticked are no-shows. */
export const confirmAttendanceSchema = z.object({
  activityId: idSchema,
  attended: repeated(selectedId, 2000),
  signedUp: repeated(selectedId, 2000),
  hours: decimal(0, 24, { rangeKey: "activities.hoursRange", step: 0.5, stepKey: "activities.hoursStep" }),
});
export type ConfirmAttendanceInput = z.infer<typeof confirmAttendanceSchema>;
