import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { checkImportRows, storeImportRows } from "./check-import-rows.ts";
import type { ImportCounts } from "./import-rows.ts";
import { rememberColumns } from "./load-column-memory.ts";
import { memoryOf, type RosterLayout } from "./roster-layout.ts";
import type { RemapRosterImportInput } from "./schema.ts";

export type RemapRosterImportOptions = { actor: Actor; input: RemapRosterImportInput };

/**
 * The secretary's own column mapping for a previewed batch: every row is checked again from the
 * cells kept at upload (no second upload), and the choices are remembered for the community's
 * next file with the same headers.
 */
export async function remapRosterImport({ actor, input }: RemapRosterImportOptions): Promise<{ counts: ImportCounts }> {
  const grant = authorize(actor, "roster.import");
  const communityId = grant.orgId;
  return db().$transaction(
    async (tx) => {
      // the row lock keeps a confirm (or a second remap) from running on rows being rewritten
      const [batch] = await tx.$queryRaw<{ id: string; status: string; layout: RosterLayout }[]>`
        SELECT id, status::text, layout FROM "ImportBatch" WHERE id = ${input.batchId}::uuid AND "communityId" = ${communityId}::uuid FOR UPDATE`;
      if (!batch) throw new NotFoundError();
      if (batch.status !== "PREVIEWED") throw new UserFacingError("rosterImport.errors.alreadyConfirmed");
      const layout = batch.layout;
      if (input.mapping.length !== layout.columns.length) throw new UserFacingError("errors.checkForm");

      const sheetRows = (
        await tx.importBatchRow.findMany({
          where: { batchId: batch.id },
          orderBy: { row: "asc" },
          select: { row: true, cells: true },
        })
      ).map((r) => ({ row: r.row, cells: r.cells as string[] }));
      const { rows, counts } = await checkImportRows(tx, communityId, sheetRows, input.mapping);
      const next: RosterLayout = {
        ...layout,
        mapping: input.mapping,
        guesses: input.mapping.map((field, i) => (field === layout.mapping[i] ? layout.guesses[i] : "chosen")),
      };
      await tx.importBatchRow.deleteMany({ where: { batchId: batch.id } });
      await storeImportRows(tx, batch.id, sheetRows, rows);
      await tx.importBatch.update({
        where: { id: batch.id },
        data: { layout: next as unknown as Prisma.InputJsonValue, counts },
      });
      await rememberColumns(tx, communityId, memoryOf(next));
      return { counts };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
