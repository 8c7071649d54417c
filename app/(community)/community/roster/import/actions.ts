"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { executeAction, type ActionState } from "@/lib/actions/execute";
import { idSchema } from "@/lib/actions/form-data";
import { getActor } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";

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
        if (!(file instanceof File) || file.size === 0 || !file.name) {
          throw new UserFacingError("errors.checkForm", {
            file: file instanceof File && file.name ? "rosterImport.errors.emptyFile" : "rosterImport.errors.noFile",
          });
        }
        const { id } = await previewRosterImport({ actor, fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) });
        redirect(`${IMPORT_PATH}?batch=${id}`);
      },
    },
    await getActor(),
    formData,
  );
}

export const confirmRosterImportAction = action({
  permission: "roster.import",
  schema: z.object({ batchId: idSchema }),
  run: async ({ actor, input }) => {
    await confirmRosterImport({ actor, batchId: input.batchId });
    revalidatePath("/community", "layout");
    redirect(`${IMPORT_PATH}?batch=${input.batchId}`);
  },
});
