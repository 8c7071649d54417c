import { z } from "zod";
import { idSchema } from "../validation/fields.ts";
import { IMPORT_COLUMNS, type ImportColumnKey } from "./roster-columns.ts";

const FIELDS = IMPORT_COLUMNS.map((c) => c.key) as [ImportColumnKey, ...ImportColumnKey[]];
const MAX_COLUMNS = 200;

/**
 * The column mapping form: one select per column of the file, named col0, col1, … in the layout's
 * column order; the empty choice means "not imported". A field may be chosen for one column only.
 */
export const remapRosterImportSchema = z
  .preprocess(
    (raw) => {
      if (!raw || typeof raw !== "object") return raw;
      const values = raw as Record<string, unknown>;
      const mapping: unknown[] = [];
      for (const [key, value] of Object.entries(values)) {
        const match = /^col(\d{1,3})$/.exec(key);
        if (match) mapping[Number(match[1])] = value;
      }
      return { batchId: values.batchId, mapping: Array.from(mapping, (v) => v ?? "") };
    },
    z.object({
      batchId: idSchema,
      mapping: z
        .array(z.union([z.enum(FIELDS), z.literal("").transform(() => null)], { error: "validation.invalid" }))
        .max(MAX_COLUMNS),
    }),
  )
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.mapping.forEach((field, i) => {
      if (!field) return;
      if (seen.has(field)) ctx.addIssue({ code: "custom", path: [`col${i}`], message: "rosterImport.layout.chosenTwice" });
      else seen.set(field, i);
    });
  });
export type RemapRosterImportInput = z.infer<typeof remapRosterImportSchema>;

export const confirmRosterImportSchema = z.object({ batchId: idSchema });
export type ConfirmRosterImportInput = z.infer<typeof confirmRosterImportSchema>;

/** The uploaded roster file (a declared file field of the upload action). */
export const rosterFileSchema = z.custom<File>((v) => v instanceof File && v.name !== "", "rosterImport.errors.noFile");
export const previewRosterImportSchema = z.object({ file: rosterFileSchema });
