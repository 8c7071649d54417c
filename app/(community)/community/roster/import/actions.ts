"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { remapRosterImport } from "@/lib/roster/remap-roster-import";
import { confirmRosterImportSchema, previewRosterImportSchema, remapRosterImportSchema } from "@/lib/roster/schema";

const IMPORT_PATH = "/community/roster/import";
const REFRESH: Revalidate[] = [["/community", "layout"]];

/** Upload → preview: the file is a declared file field, checked by the schema like any other. */
export const previewRosterImportAction = action({
  permission: "roster.import",
  schema: previewRosterImportSchema,
  files: ["file"],
  run: async ({ actor, input }) =>
    previewRosterImport({ actor, input: { fileName: input.file.name, data: new Uint8Array(await input.file.arrayBuffer()) } }),
  redirectTo: ({ id }) => `${IMPORT_PATH}?batch=${id}`,
});

/** The secretary's own column mapping: every row checked again, the choices remembered. */
export const remapRosterImportAction = action({
  permission: "roster.import",
  schema: remapRosterImportSchema,
  run: async ({ actor, input }) => {
    await remapRosterImport({ actor, input });
    return { batchId: input.batchId };
  },
  redirectTo: ({ batchId }) => `${IMPORT_PATH}?batch=${batchId}&remapped=1`,
});

export const confirmRosterImportAction = action({
  permission: "roster.import",
  schema: confirmRosterImportSchema,
  run: async ({ actor, input }) => {
    await confirmRosterImport({ actor, input });
    return { batchId: input.batchId };
  },
  revalidate: REFRESH,
  redirectTo: ({ batchId }) => `${IMPORT_PATH}?batch=${batchId}`,
});
