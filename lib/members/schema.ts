import { z } from "zod";
import { checkbox, idSchema, optionalText, repeated, requiredText, stringList } from "../validation/fields.ts";
import { passwordSchema, phoneSchema } from "../auth/schema.ts";
import { phoneCodeField } from "../phone-codes/schema.ts";
import { AVAILABILITY, MEMBER_KINDS } from "../roster/roster-filter.ts";
import { normalizePersonName } from "./person-name.ts";

/** The text members agree to is in messages (register.consent*); this names its version. */
export const CONSENT_VERSION = "2026-01";

/** A person's name, normalized ("张　伟" → "张伟") before it is checked and stored. */
export const personNameSchema = z
  .string({ error: "validation.required" })
  .transform(normalizePersonName)
  .pipe(z.string().min(1, "validation.required").max(20, "validation.tooLong"));

const gender = z.enum(["MALE", "FEMALE"], { error: "validation.required" });
const kind = z.enum(MEMBER_KINDS, { error: "validation.required" });

/** Skills come as ticked suggestions plus free text separated by 、，, or spaces. */
export const skillList = z.preprocess(
  (v) => {
    const values = v === undefined ? [] : Array.isArray(v) ? v : [v];
    return [
      ...new Set(
        values
          .flatMap((s) => String(s).split(/[、，,;；\s]+/))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
  },
  z.array(z.string().max(20, "validation.tooLong")).max(20, "validation.tooMany"),
);

const residence = {
  gridId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" })),
  buildingId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" })),
  room: requiredText(20),
};

const employment = {
  kind,
  /** A registered unit's exact name, or any employer's name typed in full. */
  employerName: optionalText(80),
  employerBranch: optionalText(80),
  position: optionalText(40),
};

/** In-service members name their employer; the branch is needed only when the unit is not registered (checked on the server). */
function requireEmployer<T extends { kind: string; employerName?: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.kind === "IN_SERVICE" && !value.employerName) {
    ctx.addIssue({ code: "custom", path: ["employerName"], message: "register.employerRequired" });
  }
}

/** Ticked skills and the free-text "other skills" field arrive separately; the schema sees one list. */
function withOtherSkills<T extends z.ZodType>(schema: T) {
  return z.preprocess((raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const { skillsOther, ...rest } = raw as Record<string, unknown>;
    const ticked = rest.skills === undefined ? [] : Array.isArray(rest.skills) ? rest.skills : [rest.skills];
    return { ...rest, skills: skillsOther ? [...ticked, skillsOther] : ticked };
  }, schema);
}

const profile = {
  skills: skillList,
  interests: stringList,
  availability: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(AVAILABILITY))),
  willingness: optionalText(200),
};

export const registerMemberSchema = withOtherSkills(
  z
    .object({
      name: personNameSchema,
      gender,
      phone: phoneSchema,
      code: phoneCodeField,
      password: passwordSchema,
      communityId: z.string({ error: "validation.required" }).pipe(z.uuid({ error: "validation.required" })),
      ...residence,
      ...employment,
      ...profile,
      consent: checkbox.refine((v) => v, "register.consentRequired"),
    })
    .superRefine(requireEmployer),
);
export type RegisterMemberInput = z.infer<typeof registerMemberSchema>;

/** What a member may change about themself; residence and employer changes go back to verification. */
export const updateOwnProfileSchema = withOtherSkills(
  z.object({ memberId: idSchema, ...residence, ...employment, ...profile }).superRefine(requireEmployer),
);
export type UpdateOwnProfileInput = z.infer<typeof updateOwnProfileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "validation.required" }).min(1, "validation.required"),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "validation.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "profile.passwordsDiffer" });

/** A secretary editing a roster entry. */
export const updateMemberSchema = withOtherSkills(
  z
    .object({
      id: idSchema,
      name: personNameSchema,
      gender: gender.optional().or(z.literal("").transform(() => undefined)),
      phone: phoneSchema,
      ...residence,
      ...employment,
      skills: skillList,
      badgeNumber: optionalText(20),
      isCenterHousehold: checkbox,
      isCouncilMember: checkbox,
      isBuildingLeader: checkbox,
    })
    .superRefine(requireEmployer),
);
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const approveMembersSchema = z.object({
  memberIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid()).min(1, "verification.chooseSome").max(2000, "verification.tooMany"),
  ),
});
export const rejectMemberSchema = z.object({ id: idSchema, reason: requiredText(200) });
export const memberIdSchema = z.object({ id: idSchema });

/** The verification queue's bulk form: approve the ticked entries, or clear them (or all the search matches) as spam. */
export const bulkDecisionSchema = z
  .object({
    decision: z.enum(["approve", "spam"], { error: "errors.checkForm" }),
    memberIds: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.uuid()).max(2000, "verification.tooMany"),
    ),
    allMatching: checkbox,
    q: optionalText(50),
  })
  .refine((v) => v.memberIds.length > 0 || (v.decision === "spam" && v.allMatching), {
    path: ["memberIds"],
    message: "verification.chooseSome",
  });
export type BulkDecisionInput = z.infer<typeof bulkDecisionSchema>;

export const decideChangeRequestSchema = z.object({
  id: idSchema,
  decision: z.enum(["apply", "dismiss"], { error: "errors.checkForm" }),
});

export const confirmUnitLinksSchema = z
  .object({
    memberIds: repeated(z.uuid(), 2000),
    /** every suggestion the search shows, not only the ticked ones */
    all: checkbox,
    q: optionalText(50),
  })
  .refine((v) => v.all || v.memberIds.length > 0, { path: ["memberIds"], message: "verification.chooseSome" });
export type ConfirmUnitLinksInput = z.infer<typeof confirmUnitLinksSchema>;
export const dismissUnitLinksSchema = z.object({
  memberIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid()).min(1, "verification.chooseSome").max(2000, "verification.tooMany"),
  ),
});
export const confirmOwnUnitLinkSchema = z.object({ memberId: idSchema });
