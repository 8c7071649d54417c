import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { countRows } from "./import-rows.ts";
import { parseImportRows } from "./schema.ts";

/** One import batch of the secretary's community, with its rows and counts (preview or summary). */
export async function getRosterImport(options: { actor: Actor; id: string }) {
  const grant = authorize(options.actor, "roster.import");
  const batch = await db().importBatch.findFirst({
    where: { id: assertId(options.id), communityId: grant.orgId },
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

/** The community's latest uploads, newest first. */
export async function listRosterImports(options: { actor: Actor; take?: number }) {
  const grant = authorize(options.actor, "roster.import");
  return db().importBatch.findMany({
    where: { communityId: grant.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 5,
    select: {
      id: true,
      fileName: true,
      status: true,
      importedCount: true,
      skippedCount: true,
      createdAt: true,
      importedAt: true,
    },
  });
}
