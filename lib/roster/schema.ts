import { z } from "zod";
import { Gender, MemberKind } from "../generated/prisma/enums.ts";
import type { ImportRow } from "./import-rows.ts";
import { IMPORT_COLUMNS, type ImportColumnKey } from "./roster-columns.ts";

/** The uploaded roster file (a declared file field of the upload action). */
export const rosterFileSchema = z
  .custom<File>((v) => v instanceof File && v.name !== "", "rosterImport.errors.noFile")
  .refine((file) => file.size > 0, "rosterImport.errors.emptyFile");

const columnKey = z.enum(IMPORT_COLUMNS.map((c) => c.key) as [ImportColumnKey, ...ImportColumnKey[]]);
const cells = z.object(
  Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, z.string()])) as Record<ImportColumnKey, z.ZodString>,
);
const nullableText = z.string().nullable();

const importRowSchema = z.object({
  row: z.number().int(),
  values: cells,
  status: z.enum(["valid", "skip", "error"]),
  issues: z.array(
    z.object({
      field: columnKey.optional(),
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  member: z
    .object({
      name: z.string(),
      gender: z.enum(Gender).nullable(),
      phone: z.string(),
      kind: z.enum(MemberKind),
      gridId: nullableText,
      buildingId: z.string(),
      room: nullableText,
      employerUnitId: nullableText,
      employerName: nullableText,
      employerBranch: nullableText,
      position: nullableText,
      skills: z.array(z.string()),
    })
    .optional(),
  result: z.enum(["imported", "skipped"]).optional(),
}) satisfies z.ZodType<ImportRow>;

/** `ImportBatch.rows` as stored by the preview: checked, never cast (a malformed batch is an internal error). */
export function parseImportRows(json: unknown): ImportRow[] {
  return z.array(importRowSchema).parse(json);
}
