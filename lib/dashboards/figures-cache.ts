// Computed dashboard figures kept in the app process while nothing they are computed from has
// changed (decision 089). What "changed" means is decided by the database: triggers move a
// community's `FiguresStamp` forward in the same transaction as any change to its members, summary
// rows, activities, sign-ups, pledges or teams. A view reads the stamp (one indexed statement) and
// recomputes only when it differs. Names of organizations are not stamped: an entry is also
// recomputed after MAX_AGE_MS, so a renamed unit or building shows within minutes.
import { createHash } from "node:crypto";
import { db } from "../db.ts";
import type { YearRange } from "../time.ts";

const MAX_AGE_MS = 10 * 60_000;
const MAX_ENTRIES = 2_000;

/** Figures that count activities "held" (started by now) stay right only until the next start. */
export type HeldWindow = { from: number; until: number };

type Entry = { stamp: string; storedAt: number; held: HeldWindow | null; value: unknown };

const entries = new Map<string, Entry>();

/**
 * The stamp of a set of communities: changes when any of them is bumped (a bump only moves a
 * version forward, so the sum grows) and when the set itself changes.
 */
export async function communitiesStamp(communityIds: string[]): Promise<string> {
  const [row] = await db().$queryRaw<{ rows: number; total: string }[]>`
    SELECT count(*)::int AS rows, coalesce(sum(version), 0)::text AS total
    FROM "FiguresStamp" WHERE "orgId" = ANY(${communityIds}::uuid[])`;
  const set = createHash("sha1")
    .update([...communityIds].sort().join(","))
    .digest("base64url");
  return `${set}:${row?.rows ?? 0}:${row?.total ?? 0}`;
}

/** The stamp of a street's communities (archived ones too: their needs and members still count). */
export async function streetStamp(streetId: string): Promise<string> {
  const [row] = await db().$queryRaw<{ rows: number; total: string }[]>`
    SELECT count(*)::int AS rows, coalesce(sum(f.version), 0)::text AS total
    FROM "FiguresStamp" f
    WHERE f."orgId" IN (SELECT c.id FROM "Organization" c WHERE c."streetId" = ${streetId}::uuid AND c.kind = 'COMMUNITY')`;
  return `${row?.rows ?? 0}:${row?.total ?? 0}`;
}

/** The stamp of the communities a work unit's members live in (the set changes as they move). */
export async function unitMembersStamp(unitId: string): Promise<string> {
  const [row] = await db().$queryRaw<{ rows: number; total: string }[]>`
    SELECT count(*)::int AS rows, coalesce(sum(f.version), 0)::text AS total
    FROM "FiguresStamp" f
    WHERE f."orgId" IN (SELECT DISTINCT m."communityId" FROM "Member" m WHERE m."employerUnitId" = ${unitId}::uuid)`;
  return `${row?.rows ?? 0}:${row?.total ?? 0}`;
}

/**
 * Between which instants the count of held activities of these communities in the year stays what
 * it is at `now`: from the last published start at or before `now` to the next one after it.
 */
export async function heldWindow(communityIds: string[], range: YearRange, now: Date): Promise<HeldWindow> {
  const [row] = await db().$queryRaw<{ last: Date | null; next: Date | null }[]>`
    SELECT max(a."startsAt") FILTER (WHERE a."startsAt" <= ${now}) AS last,
           min(a."startsAt") FILTER (WHERE a."startsAt" > ${now}) AS next
    FROM "Activity" a
    WHERE a."communityId" = ANY(${communityIds}::uuid[]) AND a.status = 'PUBLISHED'
      AND a."startsAt" >= ${range.start} AND a."startsAt" < ${range.end}`;
  return { from: row?.last?.getTime() ?? -Infinity, until: row?.next?.getTime() ?? Infinity };
}

/**
 * The figures stored under `key` when they were computed at `stamp` (and, for figures that count
 * held activities, `now` is inside their window); else computes, stores and returns them. The
 * stamp must be read before computing, so a change committed meanwhile makes the next view
 * recompute. The value is shared between views: callers must not change it.
 */
export async function cachedFigures<T>(
  key: string,
  stamp: string,
  now: Date,
  compute: () => Promise<{ value: T; held?: HeldWindow }>,
): Promise<T> {
  const entry = entries.get(key);
  const at = now.getTime();
  if (
    entry &&
    entry.stamp === stamp &&
    Date.now() - entry.storedAt < MAX_AGE_MS &&
    (!entry.held || (entry.held.from <= at && at < entry.held.until))
  ) {
    return entry.value as T;
  }
  const { value, held } = await compute();
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { stamp, storedAt: Date.now(), held: held ?? null, value });
  return value;
}
