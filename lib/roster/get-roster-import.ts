import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { countRows } from "./import-rows.ts";
import { parseImportRows } from "./schema.ts";

export type GetRosterImportOptions = { actor: Actor; input: { id: string } };

/** One import batch of the secretary's community, with its rows and counts (preview or summary). */
export async function getRosterImport({ actor, input }: GetRosterImportOptions) {
  const grant = authorize(actor, "roster.import");
  const batch = await db().importBatch.findFirst({
    where: { id: assertId(input.id), communityId: grant.orgId },
    select: {
      id: true,
      fileName: true,
      status: true,
      rows: true,
      importedCount: true,
      skippedCount: true,
      createdAt: true,
      importedAt: true,
    },
  });
  if (!batch) throw new NotFoundError();
  const rows = parseImportRows(batch.rows);
  return { ...batch, rows, counts: countRows(rows) };
}
