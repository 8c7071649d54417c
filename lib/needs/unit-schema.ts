// Shared by the forms and the server: the co-building units' side of the needs loop (decision 088).
import { z } from "zod";
import { idSchema, optionalText, selectedId } from "../validation/fields.ts";

/** A task month as "YYYY-MM" (Beijing calendar), 2020–2100. */
export const TASK_MONTH = /^(20[2-9]\d|2100)-(0[1-9]|1[0-2])$/;

export const taskMonthField = z.string({ error: "needUnits.chooseMonth" }).regex(TASK_MONTH, "needUnits.chooseMonth");

/** "2026-12" → the first day of that month as a `date` (UTC midnight, like Prisma's @db.Date). */
export function taskMonthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

/** A `date` column's value → "YYYY-MM". */
export function taskMonthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The secretary sends a need to a co-building unit's monthly task list (月任务清单). */
export const dispatchNeedToUnitSchema = z.object({
  needId: idSchema,
  unitId: selectedId,
  taskMonth: taskMonthField,
});
export type DispatchNeedToUnitInput = z.infer<typeof dispatchNeedToUnitSchema>;

const memberIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(
      z
        .string({ error: "needUnits.chooseMembers" })
        .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "needUnits.chooseMembers")
        .toLowerCase(),
    )
    .min(1, "needUnits.chooseMembers")
    .max(20, "needUnits.tooManyMembers")
    .transform((ids) => [...new Set(ids)]),
);

/** The unit admin names the members who will do it (they may live anywhere). */
export const assignUnitMembersSchema = z.object({ needId: idSchema, memberIds });
export type AssignUnitMembersInput = z.infer<typeof assignUnitMembersSchema>;

/** The unit admin reports the task done (the resident or the secretary then confirms it). */
export const reportUnitNeedDoneSchema = z.object({ needId: idSchema, note: optionalText(500) });
export type ReportUnitNeedDoneInput = z.infer<typeof reportUnitNeedDoneSchema>;

/** The task list's `?month=`: "YYYY-MM", or the current Beijing month for anything else. */
export function parseTaskMonth(value: unknown, now = new Date()): string {
  if (typeof value === "string" && TASK_MONTH.test(value)) return value;
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}

export type { NeedStatus } from "../generated/prisma/enums.ts";
