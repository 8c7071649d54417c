import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { checkImportRows, storeImportRows } from "./check-import-rows.ts";
import type { ImportCounts } from "./import-rows.ts";
import { loadColumnMemory } from "./load-column-memory.ts";
import { parseRosterFile } from "./parse-roster-file.ts";
import { guessMapping, type RosterLayout } from "./roster-layout.ts";

export type PreviewRosterImportOptions = { actor: Actor; input: { fileName: string; data: Uint8Array } };

/**
 * Reads an uploaded roster, maps its columns (the community's earlier choices, then the synonym
 * list), checks every row and stores the batch (PREVIEWED) with its rows. Nothing is added to the
 * roster until the batch is confirmed; the secretary can change the mapping first.
 */
export async function previewRosterImport({
  actor,
  input,
}: PreviewRosterImportOptions): Promise<{ id: string; counts: ImportCounts }> {
  const grant = authorize(actor, "roster.import");
  const communityId = grant.orgId;
  const fileName = input.fileName.trim().slice(-200) || "roster";

  const parsed = parseRosterFile(input.data, fileName);
  const { mapping, guesses } = guessMapping(parsed.header, parsed.layout.columns, await loadColumnMemory(db(), communityId));
  const layout: RosterLayout = { ...parsed.layout, mapping, guesses };
  const { rows, counts } = await checkImportRows(db(), communityId, parsed.rows, mapping);

  return db().$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: {
          communityId,
          createdById: actor.userId,
          fileName,
          status: "PREVIEWED",
          layout: layout as unknown as Prisma.InputJsonValue,
          counts,
        },
        select: { id: true },
      });
      await storeImportRows(tx, batch.id, parsed.rows, rows);
      return { id: batch.id, counts };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
