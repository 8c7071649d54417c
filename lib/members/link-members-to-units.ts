import type { Tx } from "../db.ts";

/**
 * Turns the suggested links of these entries into confirmed links dated `linkedAt` (the unit sees
 * the member from that day), when the suggested unit is still verified and active, and writes one
 * audit line per entry, all in one statement (a bulk confirmation may hold 2,000).
 */
export async function linkMembersToUnits(
  tx: Tx,
  options: { memberIds: string[]; communityId: string; actorId: string; linkedAt: Date },
): Promise<number> {
  if (!options.memberIds.length) return 0;
  const [{ linked }] = await tx.$queryRaw<{ linked: number }[]>`
    WITH target AS (
      SELECT m.id, m."suggestedUnitId" AS unit_id, m."employerName", m."employerBranch"
      FROM "Member" m JOIN "Organization" u ON u.id = m."suggestedUnitId"
      WHERE m.id = ANY(${options.memberIds}::uuid[]) AND m."communityId" = ${options.communityId}::uuid
        AND m.status <> 'MOVED_OUT' AND u."verifiedAt" IS NOT NULL AND u."archivedAt" IS NULL
      FOR UPDATE OF m
    ),
    linked AS (
      UPDATE "Member" m SET "employerUnitId" = t.unit_id, "employerLinkedAt" = ${options.linkedAt},
        "suggestedUnitId" = NULL, "employerName" = NULL, "employerBranch" = NULL, "updatedAt" = ${options.linkedAt}
      FROM target t WHERE m.id = t.id
      RETURNING m.id
    ),
    audit AS (
      INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "scopeOrgId", before, after)
      SELECT ${options.actorId}::uuid, 'member.linkConfirm', 'Member', t.id::text, ${options.communityId}::uuid,
        jsonb_build_object('employerName', t."employerName", 'employerBranch', t."employerBranch", 'suggestedUnitId', t.unit_id),
        jsonb_build_object('employerUnitId', t.unit_id, 'employerLinkedAt', ${options.linkedAt.toISOString()}::text)
      FROM target t
    )
    SELECT count(*)::int AS linked FROM linked`;
  return linked;
}
