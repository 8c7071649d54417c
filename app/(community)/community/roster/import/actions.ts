"use server";

import { z } from "zod";
import { action, type Revalidate } from "@/lib/actions/action";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { rosterFileSchema } from "@/lib/roster/schema";
import { idSchema } from "@/lib/validation/fields";

const IMPORT_PATH = "/community/roster/import";
const REFRESH: Revalidate[] = [["/community", "layout"]];

/** Upload → preview: the file is a declared file field, checked by the schema like any other. */
export const previewRosterImportAction = action({
  permission: "roster.import",
  schema: z.object({ file: rosterFileSchema }),
  files: ["file"],
  run: async ({ actor, input }) =>
    previewRosterImport({ actor, input: { fileName: input.file.name, data: new Uint8Array(await input.file.arrayBuffer()) } }),
  redirectTo: ({ id }) => `${IMPORT_PATH}?batch=${id}`,
});

export const confirmRosterImportAction = action({
  permission: "roster.import",
  schema: z.object({ batchId: idSchema }),
  run: async ({ actor, input }) => {
    await confirmRosterImport({ actor, input: { batchId: input.batchId } });
    return { batchId: input.batchId };
  },
  revalidate: REFRESH,
  redirectTo: ({ batchId }) => `${IMPORT_PATH}?batch=${batchId}`,
});
