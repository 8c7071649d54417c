import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { countRows, normalizePhone, validateRosterRows, type ImportCounts } from "./import-rows.ts";
import { parseRosterFile } from "./parse-roster-file.ts";

export type PreviewRosterImportOptions = { actor: Actor; input: { fileName: string; data: Uint8Array } };

/**
 * Reads an uploaded roster, checks every row against the secretary's community and stores the
 * result as an ImportBatch (PREVIEWED). Nothing is added to the roster until the batch is confirmed.
 */
export async function previewRosterImport({
  actor,
  input,
}: PreviewRosterImportOptions): Promise<{ id: string; counts: ImportCounts }> {
  const { data } = input;
  const grant = authorize(actor, "roster.import");
  const communityId = grant.orgId;
  const fileName = input.fileName.trim().slice(-200) || "roster";

  const rawRows = await parseRosterFile(data, fileName);
  const phones = [...new Set(rawRows.map((r) => normalizePhone(r.values.phone)).filter(Boolean))];

  const community = await db().organization.findFirst({
    where: { id: communityId, kind: "COMMUNITY", archivedAt: null },
    select: { id: true, streetId: true },
  });
  if (!community) throw new NotFoundError();
  const [grids, buildings, workUnits, onRoster] = await Promise.all([
    db().organization.findMany({ where: { communityId, kind: "GRID", archivedAt: null }, select: { id: true, name: true } }),
    db().organization.findMany({
      where: { communityId, kind: "BUILDING", archivedAt: null, parent: { archivedAt: null } },
      select: { id: true, name: true, parentId: true },
    }),
    community.streetId
      ? db().organization.findMany({
          where: { streetId: community.streetId, kind: "WORK_UNIT", archivedAt: null },
          select: { id: true, name: true },
        })
      : [],
    db().member.findMany({ where: { communityId, phone: { in: phones } }, select: { phone: true } }),
  ]);

  const rows = validateRosterRows(rawRows, {
    grids,
    buildings: buildings.map((b) => ({ id: b.id, name: b.name, gridId: b.parentId })),
    workUnits,
    phonesOnRoster: new Set(onRoster.map((m) => m.phone)),
  });

  const batch = await db().importBatch.create({
    data: {
      communityId,
      createdById: actor.userId,
      fileName,
      status: "PREVIEWED",
      rows: rows as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return { id: batch.id, counts: countRows(rows) };
}
