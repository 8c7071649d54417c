"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { executeAction, type ActionState } from "@/lib/actions/execute";
import { getActor } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { remapRosterImport } from "@/lib/roster/remap-roster-import";
import { confirmRosterImportSchema, remapRosterImportSchema } from "@/lib/roster/schema";

const IMPORT_PATH = "/community/roster/import";

/**
 * Upload → preview. The wrapper's form parsing keeps text fields only, so the file is read from
 * the FormData here; permission, errors and the rest stay with the one wrapper.
 */
export async function previewRosterImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const file = formData.get("file");
  return executeAction(
    {
      permission: "roster.import",
      schema: z.object({}),
      run: async ({ actor }) => {
        if (!(file instanceof File) || !file.name)
          throw new UserFacingError("errors.checkForm", { file: "rosterImport.errors.noFile" });
        const data = new Uint8Array(await file.arrayBuffer());
        const { id } = await previewRosterImport({ actor, input: { fileName: file.name, data } });
        redirect(`${IMPORT_PATH}?batch=${id}`);
      },
    },
    getActor(),
    formData,
  );
}

export const remapRosterImportAction = action({
  permission: "roster.import",
  schema: remapRosterImportSchema,
  run: async ({ actor, input }) => {
    await remapRosterImport({ actor, input });
    redirect(`${IMPORT_PATH}?batch=${input.batchId}&remapped=1`);
  },
});

export const confirmRosterImportAction = action({
  permission: "roster.import",
  schema: confirmRosterImportSchema,
  run: async ({ actor, input }) => {
    await confirmRosterImport({ actor, input });
    revalidatePath("/community", "layout");
    redirect(`${IMPORT_PATH}?batch=${input.batchId}`);
  },
});
