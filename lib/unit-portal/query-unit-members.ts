import type { Actor } from "../auth/actor.ts";
import { db, Prisma } from "../db.ts";
import { phoneFor } from "../privacy/phone.ts";
import { yearRange } from "../time.ts";
import { sortNeeds, type UnitMemberFilter } from "./unit-member-filter.ts";
import { linkedFrom, unitMemberOrderSql, unitMemberWhereSql } from "./unit-member-sql.ts";

type Row = {
  id: string;
  name: string;
  phone: string;
  userId: string | null;
  communityId: string;
  communityName: string;
  gridName: string | null;
  buildingName: string | null;
  room: string | null;
  status: "PENDING" | "ACTIVE" | "REJECTED" | "MOVED_OUT";
  reportedAt: Date;
  activities: number;
  hours: number;
  points: number;
  lastService: Date | null;
};

/** One row of the unit's member list; the phone is already masked for the viewer. */
export type UnitMemberRow = Omit<Row, "userId">;

/**
 * Per-member service figures over confirmed records: activities and hours in the year (by the
 * activity's date), and the last service ever. `members` restricts which members' records are read.
 */
function serviceFigures(members: Prisma.Sql, year: number): Prisma.Sql {
  const { start, end } = yearRange(year);
  const inYear = Prisma.sql`a."startsAt" >= ${start} AND a."startsAt" < ${end}`;
  return Prisma.sql`(
    SELECT r."memberId",
           count(*) FILTER (WHERE ${inYear})::int AS activities,
           coalesce(sum(r.hours) FILTER (WHERE ${inYear}), 0)::float8 AS hours,
           max(a."startsAt") AS "lastService"
    FROM "ActivityRecord" r
    JOIN "Activity" a ON a.id = r."activityId"
    JOIN "Member" ml ON ml.id = r."memberId"
    WHERE r.status = 'CONFIRMED' AND ${members} AND a."startsAt" >= ${linkedFrom("ml")}
    GROUP BY r."memberId"
  )`;
}

/** Per-member points: the sum of the ledger since the link was confirmed (the unit sees nothing before). */
function pointsBalance(members: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT r."memberId", sum(r.amount)::int AS points
    FROM "PointsEntry" r JOIN "Member" ml ON ml.id = r."memberId"
    WHERE ${members} AND r."createdAt" >= ${linkedFrom("ml")}
    GROUP BY r."memberId"
  )`;
}

/** The records or ledger lines of the unit's members (a superset of any filter, never another unit's). */
function ofUnit(unitId: string): Prisma.Sql {
  return Prisma.sql`r."memberId" IN (SELECT mu.id FROM "Member" mu WHERE mu."employerUnitId" = ${unitId}::uuid)`;
}

const COLUMNS = Prisma.sql`
  m.id::text AS id, m.name, m.phone, m."userId"::text AS "userId", m."communityId"::text AS "communityId",
  c.name AS "communityName", g.name AS "gridName", b.name AS "buildingName", m.room, m.status::text AS status, m."reportedAt",
  coalesce(st.activities, 0) AS activities, coalesce(st.hours, 0) AS hours, coalesce(pt.points, 0) AS points, st."lastService"`;

export type QueryUnitMembersOptions = {
  actor: Actor;
  input: { unitId: string; filter: UnitMemberFilter; page?: { take: number; skip: number } };
};

/**
 * The unit's members under a filter with their figures: activities and hours in the filter's year,
 * the points balance and the last confirmed service. With `page`, the page is cut first and the
 * figures are read for its members only; a sort by a figure reads that one figure for all the
 * filtered members first (one pass over the records or the ledger). Without `page` (the export),
 * everything in one statement. No authorization here: callers authorize and pass the unit from the
 * session's grant.
 */
export async function queryUnitMembers({ actor, input }: QueryUnitMembersOptions) {
  const { unitId, filter, page } = input;
  const where = unitMemberWhereSql(unitId, filter);
  const order = unitMemberOrderSql(filter);
  let rows: Row[];
  if (page) {
    const needs = sortNeeds(filter);
    const rankJoin =
      needs === "service"
        ? Prisma.sql`LEFT JOIN ${serviceFigures(ofUnit(unitId), filter.year)} st ON st."memberId" = m.id`
        : needs === "points"
          ? Prisma.sql`LEFT JOIN ${pointsBalance(ofUnit(unitId))} pt ON pt."memberId" = m.id`
          : Prisma.empty;
    const onPage = Prisma.sql`r."memberId" IN (SELECT id FROM page)`;
    rows = await db().$queryRaw<Row[]>`
      WITH page AS (
        SELECT m.id, row_number() OVER (ORDER BY ${order}) AS ord
        FROM "Member" m JOIN "Organization" c ON c.id = m."communityId" ${rankJoin}
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${page.take} OFFSET ${page.skip}
      )
      SELECT ${COLUMNS}
      FROM page
      JOIN "Member" m ON m.id = page.id
      JOIN "Organization" c ON c.id = m."communityId"
      LEFT JOIN "Organization" g ON g.id = m."gridId"
      LEFT JOIN "Organization" b ON b.id = m."buildingId"
      LEFT JOIN ${serviceFigures(onPage, filter.year)} st ON st."memberId" = m.id
      LEFT JOIN ${pointsBalance(onPage)} pt ON pt."memberId" = m.id
      ORDER BY page.ord`;
  } else {
    rows = await db().$queryRaw<Row[]>`
      SELECT ${COLUMNS}
      FROM "Member" m
      JOIN "Organization" c ON c.id = m."communityId"
      LEFT JOIN "Organization" g ON g.id = m."gridId"
      LEFT JOIN "Organization" b ON b.id = m."buildingId"
      LEFT JOIN ${serviceFigures(ofUnit(unitId), filter.year)} st ON st."memberId" = m.id
      LEFT JOIN ${pointsBalance(ofUnit(unitId))} pt ON pt."memberId" = m.id
      WHERE ${where}
      ORDER BY ${order}`;
  }
  return rows.map(({ userId, phone, ...row }): UnitMemberRow => ({
    ...row,
    phone: phoneFor(actor, { communityId: row.communityId, userId, phone }),
  }));
}

/** How many of the unit's members match a filter. */
export async function countUnitMembers(options: { unitId: string; filter: UnitMemberFilter }): Promise<number> {
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Member" m WHERE ${unitMemberWhereSql(options.unitId, options.filter)}`;
  return total;
}
