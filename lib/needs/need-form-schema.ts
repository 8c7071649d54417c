// The resident's need form (posted on the public page, or recorded on behalf): one schema shared
// by the form and the server. Client-safe: zod and the field primitives only.
import { z } from "zod";
import { phoneSchema } from "../auth/schema.ts";
import { checkbox, idSchema, optionalId, optionalText, requiredText, selectedId } from "../validation/fields.ts";

export const NEED_KINDS = ["WISH", "SERVICE", "PROBLEM"] as const;

/**
 * The version of the consent text the resident agrees to (messages `needsPublic.consent.text`),
 * stored with each need. Change it whenever the text's meaning changes.
 */
export const NEED_CONSENT_VERSION = "needs-2026-12";

/**
 * Photo files from the form: an untouched file input sends one empty file (its name depends on
 * the browser and the framework's encoding), which is no photo; an empty file is never a photo.
 */
const photoList = z.preprocess(
  (v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(
      (item) => !(typeof File !== "undefined" && item instanceof File && item.size === 0),
    ),
  z
    .array(z.custom<File>((v) => typeof File !== "undefined" && v instanceof File, "validation.invalid"))
    .max(3, "needsPublic.photo.tooMany"),
);

export const needFormSchema = z.object({
  communityId: idSchema,
  kind: z.enum(NEED_KINDS, { error: "validation.required" }),
  categoryId: selectedId,
  content: requiredText(500),
  wantedWhen: optionalText(60),
  buildingId: optionalId("validation.invalid"),
  room: optionalText(20),
  residentName: requiredText(20),
  residentPhone: phoneSchema,
  photos: photoList,
  consent: checkbox.refine((v) => v, "needsPublic.form.consentRequired"),
});

export type NeedFormInput = z.infer<typeof needFormSchema>;
