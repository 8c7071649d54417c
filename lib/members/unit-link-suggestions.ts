import type { Tx } from "../db.ts";

/**
 * Once the street vouches for a unit, roster entries of its communities whose employer is typed
 * with exactly its name get it as a suggested link (not a link: docs/decisions/060). Entries that
 * are linked or already have a suggestion, and those who moved out, are left alone.
 */
export async function suggestLinksToUnit(tx: Tx, unit: { id: string; name: string; streetId: string | null }) {
  if (!unit.streetId) return 0;
  return tx.$executeRaw`
    UPDATE "Member" m SET "suggestedUnitId" = ${unit.id}::uuid, "updatedAt" = now()
    FROM "Organization" c
    WHERE c.id = m."communityId" AND c."streetId" = ${unit.streetId}::uuid
      AND m."employerUnitId" IS NULL AND m."suggestedUnitId" IS NULL AND m.status <> 'MOVED_OUT'
      AND btrim(m."employerName") = ${unit.name}`;
}
