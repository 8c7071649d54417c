import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Prisma } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { assertId } from "../ids.ts";
import type { ImportRow } from "./import-rows.ts";
import { parseImportRows } from "./schema.ts";

export type ImportSummary = {
  imported: number;
  /** rows not imported although they had no errors, by reason key */
  skipped: Record<string, number>;
  errors: number;
};

const INSERT_CHUNK = 1000;

function skip(row: ImportRow, key: string): ImportRow {
  return {
    ...row,
    status: "skip",
    issues: [{ field: key === "rosterImport.skip.buildingGone" ? "building" : "phone", key }],
    result: "skipped",
  };
}

export type ConfirmRosterImportOptions = { actor: Actor; input: { batchId: string } };

/**
 * Adds the valid rows of a previewed batch to the roster, all in one transaction: buildings,
 * work units and phones are checked again, a phone already on the roster is skipped (so the same
 * file imported twice adds nobody), and the batch can be confirmed only once.
 */
export async function confirmRosterImport({ actor, input }: ConfirmRosterImportOptions): Promise<ImportSummary> {
  const grant = authorize(actor, "roster.import");
  const communityId = grant.orgId;
  const batchId = assertId(input.batchId);

  return db().$transaction(
    async (tx) => {
      const batch = await tx.importBatch.findFirst({
        where: { id: batchId, communityId },
        select: { id: true, fileName: true, rows: true },
      });
      if (!batch) throw new NotFoundError();
      const now = new Date();
      // claims the batch: a second confirm (even a concurrent one) waits here and then finds nothing
      const claimed = await tx.importBatch.updateMany({
        where: { id: batchId, communityId, status: "PREVIEWED" },
        data: { status: "IMPORTED", importedAt: now },
      });
      if (claimed.count === 0) throw new UserFacingError("rosterImport.errors.alreadyConfirmed");

      const rows = parseImportRows(batch.rows);
      const candidates = rows.filter((r) => r.status === "valid" && r.member);
      const buildingIds = [...new Set(candidates.map((r) => r.member!.buildingId))];
      const unitIds = [...new Set(candidates.flatMap((r) => (r.member!.employerUnitId ? [r.member!.employerUnitId] : [])))];
      const [buildings, units, onRoster] = await Promise.all([
        tx.organization.findMany({
          where: { id: { in: buildingIds }, communityId, kind: "BUILDING", archivedAt: null, parent: { archivedAt: null } },
          select: { id: true, parentId: true },
        }),
        grant.streetId
          ? tx.organization.findMany({
              where: { id: { in: unitIds }, streetId: grant.streetId, kind: "WORK_UNIT", archivedAt: null },
              select: { id: true },
            })
          : [],
        tx.member.findMany({
          where: { communityId, phone: { in: candidates.map((r) => r.member!.phone) } },
          select: { phone: true },
        }),
      ]);
      const gridOf = new Map(buildings.map((b) => [b.id, b.parentId]));
      const liveUnits = new Set(units.map((u) => u.id));
      const taken = new Set(onRoster.map((m) => m.phone));

      const outcome = new Map<number, ImportRow>();
      const inserts: Prisma.MemberCreateManyInput[] = [];
      for (const row of candidates) {
        const m = row.member!;
        if (!gridOf.has(m.buildingId)) outcome.set(row.row, skip(row, "rosterImport.skip.buildingGone"));
        else if (taken.has(m.phone)) outcome.set(row.row, skip(row, "rosterImport.skip.alreadyOnRoster"));
        else {
          const unitGone = m.employerUnitId && !liveUnits.has(m.employerUnitId);
          inserts.push({
            communityId,
            name: m.name,
            gender: m.gender,
            phone: m.phone,
            kind: m.kind,
            gridId: gridOf.get(m.buildingId) ?? null,
            buildingId: m.buildingId,
            room: m.room,
            employerUnitId: unitGone ? null : m.employerUnitId,
            employerName: unitGone ? row.values.employer || null : m.employerName,
            employerBranch: m.employerBranch,
            position: m.position,
            skills: m.skills,
            status: "ACTIVE",
            source: "IMPORTED",
            reportedAt: now,
            verifiedAt: now,
          });
        }
      }

      const created = new Set<string>();
      for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
        // skipDuplicates: a member added by someone else since the check above is skipped, not an error
        const chunk = await tx.member.createManyAndReturn({
          data: inserts.slice(i, i + INSERT_CHUNK),
          skipDuplicates: true,
          select: { phone: true },
        });
        for (const m of chunk) created.add(m.phone);
      }
      for (const row of candidates) {
        if (outcome.has(row.row)) continue;
        outcome.set(
          row.row,
          created.has(row.member!.phone) ? { ...row, result: "imported" } : skip(row, "rosterImport.skip.alreadyOnRoster"),
        );
      }

      const finalRows = rows.map((r) => outcome.get(r.row) ?? { ...r, result: "skipped" as const });
      const summary: ImportSummary = { imported: created.size, skipped: {}, errors: 0 };
      for (const row of finalRows) {
        if (row.result === "imported") continue;
        if (row.status === "error") summary.errors += 1;
        else {
          const key = row.issues[0]?.key ?? "rosterImport.skip.other";
          summary.skipped[key] = (summary.skipped[key] ?? 0) + 1;
        }
      }

      await tx.importBatch.update({
        where: { id: batchId },
        data: {
          rows: finalRows as unknown as Prisma.InputJsonValue,
          importedCount: summary.imported,
          skippedCount: finalRows.length - summary.imported,
        },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "roster.import",
        entityType: "ImportBatch",
        entityId: batchId,
        scopeOrgId: communityId,
        after: { fileName: batch.fileName, rows: finalRows.length, ...summary },
      });
      return summary;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
