import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { rememberColumns } from "./load-column-memory.ts";
import { memoryOf, type RosterLayout } from "./roster-layout.ts";
import type { ConfirmRosterImportInput } from "./schema.ts";

export type ImportSummary = {
  imported: number;
  /** rows not imported although they had no errors, by reason key */
  skipped: Record<string, number>;
  errors: number;
};

export type ConfirmRosterImportOptions = { actor: Actor; input: ConfirmRosterImportInput };

// a version 7 uuid (time-ordered, like the ids Prisma makes) from the clock and a random v4 uuid
const UUID7 = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

/**
 * Adds the valid rows of a previewed batch to the roster, all in one transaction of a few
 * statements whatever the size: buildings, work units and phones are checked again inside the
 * insert, a phone already on the roster is skipped (so the same file imported twice adds nobody),
 * and the batch can be confirmed only once. Killed half-way, nothing of it stays.
 */
export async function confirmRosterImport({ actor, input }: ConfirmRosterImportOptions): Promise<ImportSummary> {
  const grant = authorize(actor, "roster.import");
  const communityId = grant.orgId;

  return db().$transaction(
    async (tx) => {
      const batch = await tx.importBatch.findFirst({
        where: { id: input.batchId, communityId },
        select: { id: true, fileName: true, layout: true },
      });
      if (!batch) throw new NotFoundError();
      const now = new Date();
      // claims the batch: a second confirm (even a concurrent one) waits here and then finds nothing
      const claimed = await tx.importBatch.updateMany({
        where: { id: batch.id, communityId, status: "PREVIEWED" },
        data: { status: "IMPORTED", importedAt: now },
      });
      if (claimed.count === 0) throw new UserFacingError("rosterImport.errors.alreadyConfirmed");

      const inserted = await tx.$queryRawUnsafe<{ phone: string }[]>(
        `WITH candidate AS (
           SELECT r."row", r.member AS m, b.id AS building_id, b."parentId" AS grid_id, u.id AS unit_id
           FROM "ImportBatchRow" r
           JOIN "Organization" b ON b.id = (r.member->>'buildingId')::uuid AND b."communityId" = $2::uuid
             AND b.kind = 'BUILDING' AND b."archivedAt" IS NULL
           JOIN "Organization" g ON g.id = b."parentId" AND g."archivedAt" IS NULL
           -- a file never links anyone to a unit: a verified unit of the employer's name is only suggested
           -- (batches previewed before this rule kept the match as employerUnitId)
           LEFT JOIN "Organization" u ON u.id = coalesce(r.member->>'suggestedUnitId', r.member->>'employerUnitId')::uuid
             AND u."streetId" = $3::uuid AND u.kind = 'WORK_UNIT' AND u."archivedAt" IS NULL AND u."verifiedAt" IS NOT NULL
           WHERE r."batchId" = $1::uuid AND r.status = 'valid'
         ),
         inserted AS (
           INSERT INTO "Member" (id, "communityId", name, gender, phone, kind, "gridId", "buildingId", room,
             "suggestedUnitId", "employerName", "employerBranch", position, skills, interests, availability,
             status, source, "reportedAt", "verifiedAt", "createdAt", "updatedAt")
           SELECT ${UUID7}, $2::uuid, m->>'name', (m->>'gender')::"Gender", m->>'phone', (m->>'kind')::"MemberKind",
             grid_id, building_id, m->>'room', unit_id,
             coalesce(m->>'employerName', m->>'employerUnitName'),
             m->>'employerBranch', m->>'position',
             ARRAY(SELECT jsonb_array_elements_text(coalesce(m->'skills', '[]'::jsonb))), '{}', '{}',
             'ACTIVE', 'IMPORTED', $4, $4, $4, $4
           FROM candidate
           ORDER BY "row"
           ON CONFLICT ("communityId", phone) DO NOTHING
           RETURNING phone
         )
         SELECT phone FROM inserted`,
        batch.id,
        communityId,
        grant.streetId,
        now,
      );

      // phones are unique among valid rows (a repeat in the file is an error row)
      const imported = await tx.$queryRaw<{ row: number }[]>`
        UPDATE "ImportBatchRow" r SET result = 'imported'
        FROM unnest(${inserted.map((i) => i.phone)}::text[]) AS p(phone)
        WHERE r."batchId" = ${batch.id}::uuid AND r.status = 'valid' AND r.member->>'phone' = p.phone
        RETURNING r."row"`;

      // every other row: skipped, and why (a row that had errors keeps them)
      await tx.$executeRaw`
        UPDATE "ImportBatchRow" r SET
          result = 'skipped',
          status = CASE WHEN r.status = 'valid' THEN 'skip' ELSE r.status END,
          issues = CASE
            WHEN r.status <> 'valid' THEN r.issues
            WHEN NOT EXISTS (
              SELECT 1 FROM "Organization" b JOIN "Organization" g ON g.id = b."parentId" AND g."archivedAt" IS NULL
              WHERE b.id = (r.member->>'buildingId')::uuid AND b."communityId" = ${communityId}::uuid AND b."archivedAt" IS NULL)
            THEN '[{"field":"building","key":"rosterImport.skip.buildingGone"}]'::jsonb
            ELSE '[{"field":"phone","key":"rosterImport.skip.alreadyOnRoster"}]'::jsonb
          END
        WHERE r."batchId" = ${batch.id}::uuid AND r.result IS NULL`;

      const outcomes = await tx.$queryRaw<{ status: string; key: string | null; n: number }[]>`
        SELECT status, CASE WHEN status = 'skip' THEN issues->0->>'key' END AS key, count(*)::int AS n
        FROM "ImportBatchRow" WHERE "batchId" = ${batch.id}::uuid AND result = 'skipped'
        GROUP BY 1, 2`;
      const summary: ImportSummary = { imported: imported.length, skipped: {}, errors: 0 };
      for (const { status, key, n } of outcomes) {
        if (status === "error") summary.errors += n;
        else summary.skipped[key ?? "rosterImport.skip.other"] = (summary.skipped[key ?? "rosterImport.skip.other"] ?? 0) + n;
      }
      const total = summary.imported + summary.errors + Object.values(summary.skipped).reduce((a, b) => a + b, 0);
      const counts = await tx.$queryRaw<{ total: number; valid: number; skip: number; error: number }[]>`
        SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'valid')::int AS valid,
          count(*) FILTER (WHERE status = 'skip')::int AS skip, count(*) FILTER (WHERE status = 'error')::int AS error
        FROM "ImportBatchRow" WHERE "batchId" = ${batch.id}::uuid`;
      await tx.importBatch.update({
        where: { id: batch.id },
        data: { importedCount: summary.imported, skippedCount: total - summary.imported, counts: counts[0] },
      });
      await rememberColumns(tx, communityId, memoryOf(batch.layout as unknown as RosterLayout));
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "roster.import",
        entityType: "ImportBatch",
        entityId: batch.id,
        scopeOrgId: communityId,
        after: { fileName: batch.fileName, rows: total, ...summary },
      });
      return summary;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
