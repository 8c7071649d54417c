import { z } from "zod";
import {
  idSchema,
  optionalId,
  optionalInteger,
  optionalText,
  requiredText,
  selectedId,
  yearField,
} from "../validation/fields.ts";
import { AVAILABILITY } from "../roster/roster-filter.ts";
import { FIRST_YEAR, LAST_YEAR } from "../time.ts";

export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 500;
export const TYPICAL_TIME_MAX = 40;
export const REMARK_MAX = 200;
export const REASON_MAX = 200;
export const SKILL_TAG_MAX = 20;
export const SKILL_TAGS_MAX = 10;
export const POSITIONS_MAX = 999;

const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

const year = yearField({ min: FIRST_YEAR, max: LAST_YEAR });

/** Skills wanted arrive as one text ("法律咨询、急救, 驾驶") or repeated fields: a de-duplicated list of tags. */
const skillTags = z.preprocess(
  (v) => {
    const parts = asList(v).flatMap((item) => (typeof item === "string" ? item.split(/[,，、;；\n]+/) : []));
    return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  },
  z.array(z.string().max(SKILL_TAG_MAX, "menu.skillTooLong")).max(SKILL_TAGS_MAX, "menu.tooManySkills"),
);

const positions = optionalInteger(1, POSITIONS_MAX, "menu.positionsInvalid");
const categoryId = selectedId;
const optionalCategoryId = optionalId("validation.invalid");

/** A menu item as the secretary creates or edits it; the year is used only when creating. */
export const serviceItemSchema = z.object({
  id: optionalId(),
  year,
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

export const copyLastYearMenuSchema = z.object({ year });

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
