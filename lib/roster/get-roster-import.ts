import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import type { ImportCounts, ImportMember, ImportRow, RowIssue } from "./import-rows.ts";
import { valuesOf, type RosterLayout } from "./roster-layout.ts";

/** What the rows table can be narrowed to: by check result before import, by outcome after. */
export const PREVIEW_FILTERS = ["all", "error", "skip", "valid"] as const;
export const SUMMARY_FILTERS = ["all", "notImported", "imported"] as const;
export type RowFilter = (typeof PREVIEW_FILTERS)[number] | (typeof SUMMARY_FILTERS)[number];

const SHOWN_ROWS = 500;

const FILTER_WHERE: Record<RowFilter, Prisma.ImportBatchRowWhereInput> = {
  all: {},
  error: { status: "error" },
  skip: { status: "skip" },
  valid: { status: "valid" },
  notImported: { NOT: { result: "imported" } },
  imported: { result: "imported" },
};

export type GetRosterImportOptions = { actor: Actor; input: { id: string; show?: string; take?: number } };

/**
 * One import batch of the secretary's community: its layout and mapping, counts, how many rows each
 * filter shows, and the first rows (up to 500) of the chosen filter, each with its cells as fields.
 */
export async function getRosterImport({ actor, input }: GetRosterImportOptions) {
  const grant = authorize(actor, "roster.import");
  const batch = await db().importBatch.findFirst({
    where: { id: assertId(input.id), communityId: grant.orgId },
    select: {
      id: true,
      fileName: true,
      status: true,
      layout: true,
      counts: true,
      importedCount: true,
      skippedCount: true,
      createdAt: true,
      importedAt: true,
    },
  });
  if (!batch) throw new NotFoundError();
  const imported = batch.status === "IMPORTED";
  const filters: readonly RowFilter[] = imported ? SUMMARY_FILTERS : PREVIEW_FILTERS;
  const layout = batch.layout as unknown as RosterLayout;

  const groups = await db().importBatchRow.groupBy({ by: ["status", "result"], where: { batchId: batch.id }, _count: true });
  const count = (test: (g: { status: string; result: string | null }) => boolean) =>
    groups.filter(test).reduce((n, g) => n + g._count, 0);
  const filterCounts: Record<string, number> = {
    all: count(() => true),
    error: count((g) => g.status === "error"),
    skip: count((g) => g.status === "skip"),
    valid: count((g) => g.status === "valid"),
    notImported: count((g) => g.result !== "imported"),
    imported: count((g) => g.result === "imported"),
  };
  const fallback: RowFilter = imported
    ? filterCounts.notImported
      ? "notImported"
      : "all"
    : filterCounts.error
      ? "error"
      : "all";
  const show = filters.find((f) => f === input.show) ?? fallback;

  const stored = await db().importBatchRow.findMany({
    where: { batchId: batch.id, ...FILTER_WHERE[show] },
    orderBy: { row: "asc" },
    take: Math.min(input.take ?? SHOWN_ROWS, SHOWN_ROWS),
  });
  const rows: ImportRow[] = stored.map((r) => ({
    row: r.row,
    values: valuesOf(r.cells as string[], layout.mapping),
    status: r.status as ImportRow["status"],
    issues: r.issues as RowIssue[],
    ...(r.member ? { member: r.member as ImportMember } : {}),
    ...(r.result ? { result: r.result as "imported" | "skipped" } : {}),
  }));
  // after import: why rows were not imported, by reason (errors counted apart)
  const reasons = imported
    ? await db().$queryRaw<{ key: string; count: number }[]>`
        SELECT CASE WHEN status = 'error' THEN 'error' ELSE coalesce(issues->0->>'key', 'rosterImport.skip.other') END AS key,
          count(*)::int AS count
        FROM "ImportBatchRow" WHERE "batchId" = ${batch.id}::uuid AND result IS DISTINCT FROM 'imported'
        GROUP BY 1 ORDER BY 2 DESC`
    : [];
  return {
    ...batch,
    layout,
    reasons,
    counts: batch.counts as ImportCounts,
    filters: filters.map((value) => ({ value, count: filterCounts[value] })),
    show,
    matching: filterCounts[show],
    rows,
  };
}
