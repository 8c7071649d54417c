import type { Db, Tx } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { countRows, normalizePhone, validateRosterRows, type ImportCounts, type ImportRow } from "./import-rows.ts";
import { valuesOf } from "./roster-layout.ts";
import type { ImportColumnKey } from "./roster-columns.ts";
import type { SheetRow } from "./xlsx-rows.ts";

/**
 * Checks a sheet's data rows, under a column mapping, against the community's grids, buildings,
 * the street's work units and the phones already on its roster.
 */
export async function checkImportRows(
  client: Db | Tx,
  communityId: string,
  rows: SheetRow[],
  mapping: (ImportColumnKey | null)[],
): Promise<{ rows: ImportRow[]; counts: ImportCounts }> {
  const raw = rows.map((r) => ({ row: r.row, values: valuesOf(r.cells, mapping) }));
  const phones = [...new Set(raw.map((r) => normalizePhone(r.values.phone)).filter(Boolean))];
  const community = await client.organization.findFirst({
    where: { id: communityId, kind: "COMMUNITY", archivedAt: null },
    select: { id: true, streetId: true },
  });
  if (!community) throw new NotFoundError();
  const [grids, buildings, workUnits, onRoster] = await Promise.all([
    client.organization.findMany({ where: { communityId, kind: "GRID", archivedAt: null }, select: { id: true, name: true } }),
    client.organization.findMany({
      where: { communityId, kind: "BUILDING", archivedAt: null, parent: { archivedAt: null } },
      select: { id: true, name: true, parentId: true },
    }),
    community.streetId
      ? client.organization.findMany({
          where: { streetId: community.streetId, kind: "WORK_UNIT", archivedAt: null, verifiedAt: { not: null } },
          select: { id: true, name: true },
        })
      : [],
    client.$queryRaw<{ phone: string }[]>`
      SELECT phone FROM "Member" WHERE "communityId" = ${communityId}::uuid AND phone = ANY(${phones}::text[])`,
  ]);
  const checked = validateRosterRows(raw, {
    grids,
    buildings: buildings.map((b) => ({ id: b.id, name: b.name, gridId: b.parentId })),
    workUnits,
    phonesOnRoster: new Set(onRoster.map((m) => m.phone)),
  });
  return { rows: checked, counts: countRows(checked) };
}

const ROWS_PER_STATEMENT = 1000;

/** Writes a batch's rows, a thousand per statement (one round trip each). */
export async function storeImportRows(tx: Tx, batchId: string, sheetRows: SheetRow[], checked: ImportRow[]) {
  const cells = new Map(sheetRows.map((r) => [r.row, r.cells]));
  for (let i = 0; i < checked.length; i += ROWS_PER_STATEMENT) {
    const chunk = checked.slice(i, i + ROWS_PER_STATEMENT).map((r) => ({
      row: r.row,
      cells: cells.get(r.row) ?? [],
      status: r.status,
      issues: r.issues,
      member: r.member ?? null,
    }));
    await tx.$executeRaw`
      INSERT INTO "ImportBatchRow" ("batchId", "row", cells, status, issues, member)
      SELECT ${batchId}::uuid, x."row", x.cells, x.status, x.issues, x.member
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS x("row" int, cells jsonb, status text, issues jsonb, member jsonb)`;
  }
}
