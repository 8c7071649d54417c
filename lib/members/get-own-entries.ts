import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import type { MemberKind, MemberStatus } from "../generated/prisma/enums.ts";

export type GetOwnEntriesOptions = { actor: Actor };

type Row = {
  id: string;
  name: string;
  status: MemberStatus;
  rejectReason: string | null;
  kind: MemberKind;
  room: string | null;
  skills: string[];
  reportedAt: Date;
  verifiedAt: Date | null;
  employerName: string | null;
  communityName: string;
  gridName: string | null;
  buildingName: string | null;
  employerUnitName: string | null;
};

const named = (name: string | null) => (name === null ? null : { name });

/**
 * The signed-in member's roster entries (one per community they reported to, newest first), with
 * the names of their community, grid, building and employer in one statement (Prisma's `select`
 * loaded each of the four organizations with a statement of its own; decision 082).
 */
export async function getOwnEntries({ actor }: GetOwnEntriesOptions) {
  authorize(actor, "self.application");
  const rows = await db().$queryRaw<Row[]>`
    SELECT m.id::text AS id, m.name, m.status::text AS status, m."rejectReason", m.kind::text AS kind, m.room,
           m.skills, m."reportedAt", m."verifiedAt", m."employerName",
           c.name AS "communityName", g.name AS "gridName", b.name AS "buildingName", e.name AS "employerUnitName"
    FROM "Member" m
    JOIN "Organization" c ON c.id = m."communityId"
    LEFT JOIN "Organization" g ON g.id = m."gridId"
    LEFT JOIN "Organization" b ON b.id = m."buildingId"
    LEFT JOIN "Organization" e ON e.id = m."employerUnitId"
    WHERE m."userId" = ${actor.userId}::uuid
    ORDER BY m."reportedAt" DESC, m.id`;
  return rows.map(({ communityName, gridName, buildingName, employerUnitName, ...entry }) => ({
    ...entry,
    community: { name: communityName },
    grid: named(gridName),
    building: named(buildingName),
    employerUnit: named(employerUnitName),
  }));
}
