import { z } from "zod";
import { idSchema, optionalText, requiredText } from "../actions/form-data.ts";
import { AVAILABILITY } from "../roster/roster-filter.ts";
import { currentYear } from "./year.ts";

export const MENU_MIN_YEAR = 2000;
export const MENU_MAX_YEAR = 2100;
export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 500;
export const TYPICAL_TIME_MAX = 40;
export const REMARK_MAX = 200;
export const REASON_MAX = 200;
export const SKILL_TAG_MAX = 20;
export const SKILL_TAGS_MAX = 10;
export const POSITIONS_MAX = 999;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

const yearField = z.coerce
  .number({ error: "validation.invalid" })
  .int("validation.invalid")
  .min(MENU_MIN_YEAR, "validation.invalid")
  .max(MENU_MAX_YEAR, "validation.invalid");

/** `?year=` of the secretary's menu page: a bad or missing value means this year. */
export function parseMenuYear(value: string | string[] | undefined, now = new Date()): number {
  const parsed = yearField.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : currentYear(now);
}

/** Skills wanted arrive as one text ("法律咨询、急救, 驾驶") or repeated fields: a de-duplicated list of tags. */
const skillTags = z.preprocess(
  (v) => {
    const parts = asList(v).flatMap((item) => (typeof item === "string" ? item.split(/[,，、;；\n]+/) : []));
    return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  },
  z.array(z.string().max(SKILL_TAG_MAX, "menu.skillTooLong")).max(SKILL_TAGS_MAX, "menu.tooManySkills"),
);

const positions = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce
    .number({ error: "menu.positionsInvalid" })
    .int("menu.positionsInvalid")
    .min(1, "menu.positionsInvalid")
    .max(POSITIONS_MAX, "menu.positionsInvalid")
    .optional(),
);

const categoryId = z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" }));
const optionalCategoryId = z.preprocess(emptyToUndefined, z.uuid({ error: "validation.invalid" }).optional());

/** A menu item as the secretary creates or edits it; the year is used only when creating. */
export const serviceItemSchema = z.object({
  id: z.preprocess(emptyToUndefined, idSchema.optional()),
  year: yearField,
  categoryId,
  title: requiredText(TITLE_MAX),
  description: optionalText(DESCRIPTION_MAX),
  skillsWanted: skillTags,
  typicalTime: optionalText(TYPICAL_TIME_MAX),
  positions,
});
export type ServiceItemInput = z.infer<typeof serviceItemSchema>;

export const setItemOpenSchema = z.object({
  id: idSchema,
  open: z.enum(["true", "false"], { error: "validation.invalid" }).transform((v) => v === "true"),
});

export const copyLastYearMenuSchema = z.object({ year: yearField });

export const approveProposalSchema = z.object({ id: idSchema, categoryId: optionalCategoryId });
export const declineProposalSchema = z.object({ id: idSchema, reason: requiredText(REASON_MAX) });

/** A member's pledge (认领): what exactly and when, so the community can schedule. */
export const pledgeItemSchema = z.object({
  itemId: idSchema,
  remark: requiredText(REMARK_MAX),
  availability: z.preprocess(
    asList,
    z.array(z.enum(AVAILABILITY, { error: "validation.invalid" })).min(1, "menu.availabilityRequired"),
  ),
});
export type PledgeItemInput = z.infer<typeof pledgeItemSchema>;

export const withdrawPledgeSchema = z.object({ itemId: idSchema });

/** A member's own service item (自主服务); the community reviews it before it joins the menu. */
export const proposeServiceItemSchema = z.object({
  title: requiredText(TITLE_MAX),
  description: requiredText(DESCRIPTION_MAX),
  categoryId: optionalCategoryId,
  typicalTime: optionalText(TYPICAL_TIME_MAX),
});
export type ProposeServiceItemInput = z.infer<typeof proposeServiceItemSchema>;
