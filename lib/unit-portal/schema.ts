import { z } from "zod";
import { checkbox, idSchema, optionalText, requiredText } from "../validation/fields.ts";
import { passwordSchema, phoneSchema } from "../auth/schema.ts";
import { phoneCodeField } from "../phone-codes/schema.ts";
import { workUnitSchema } from "../orgs/schema.ts";
import { normalizePersonName } from "../members/person-name.ts";

/** The contact person's name, normalized like every person's name. */
const contactNameSchema = z.preprocess((v) => (typeof v === "string" ? normalizePersonName(v) : v), requiredText(40));

export const SKILL_MAX_LENGTH = 20;
export const SKILLS_MAX = 20;

/**
 * Skills arrive as one text ("法律咨询、义诊, 电脑维修") or as repeated fields; both become a
 * de-duplicated list of tags.
 */
const skillTags = z.preprocess(
  (v) => {
    const parts = (Array.isArray(v) ? v : [v]).flatMap((item) => (typeof item === "string" ? item.split(/[,，、;；\n]+/) : []));
    return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  },
  z.array(z.string().max(SKILL_MAX_LENGTH, "unitReports.skillTooLong")).max(SKILLS_MAX, "unitReports.tooManySkills"),
);

/** Mobile or landline, like the work unit's contact phone, but required here. */
const contactPhone = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "validation.contactPhone");

/** What a unit offers the community (场地、人员、物资、资金、专业服务、专业技能) and a note. */
const offerShape = {
  offerVenues: optionalText(500),
  offerPeople: optionalText(500),
  offerGoods: optionalText(500),
  offerFunds: optionalText(500),
  offerServices: optionalText(500),
  offerSkills: skillTags,
  note: optionalText(500),
};

type Offers = {
  offerVenues?: string;
  offerPeople?: string;
  offerGoods?: string;
  offerFunds?: string;
  offerServices?: string;
  offerSkills?: string[];
};

/** A report that offers nothing is not a co-building offer: at least one kind is needed. */
function requireAnOffer(value: Offers, ctx: z.RefinementCtx) {
  if (
    !value.offerVenues &&
    !value.offerPeople &&
    !value.offerGoods &&
    !value.offerFunds &&
    !value.offerServices &&
    !value.offerSkills?.length
  ) {
    ctx.addIssue({ code: "custom", path: ["offers"], message: "unitReports.offerRequired" });
  }
}

export const submitUnitReportSchema = z
  .object({
    communityId: z.uuid({ error: "unitReports.chooseCommunity" }),
    ...offerShape,
    contactName: contactNameSchema,
    contactPhone,
  })
  .superRefine(requireAnOffer);
export type SubmitUnitReportInput = z.infer<typeof submitUnitReportSchema>;

export const acceptUnitReportSchema = z.object({ id: idSchema });

export const declineUnitReportSchema = z.object({
  id: idSchema,
  reason: z
    .string({ error: "unitReports.reasonRequired" })
    .trim()
    .min(1, "unitReports.reasonRequired")
    .max(200, "validation.tooLong"),
});

const communityIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.uuid({ error: "unitReports.chooseCommunities" }))
    .min(1, "unitReports.chooseCommunities")
    .max(20, "unitReports.tooManyCommunities")
    .transform((ids) => [...new Set(ids)]),
);

/** A new work unit registering itself and reporting to one or more communities (public). */
export const registerUnitSchema = z
  .object({
    name: workUnitSchema.shape.name,
    partyBranchName: workUnitSchema.shape.partyBranchName,
    creditCode: workUnitSchema.shape.creditCode,
    address: requiredText(200),
    inArea: checkbox,
    contactName: contactNameSchema,
    phone: phoneSchema,
    code: phoneCodeField,
    password: passwordSchema,
    communityIds,
    ...offerShape,
  })
  .superRefine(requireAnOffer);
export type RegisterUnitInput = z.infer<typeof registerUnitSchema>;
