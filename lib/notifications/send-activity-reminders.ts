import { db, type Prisma, type Tx } from "../db.ts";
import type { NotificationKind } from "./notify.ts";

/**
 * Key of the PostgreSQL advisory lock that makes one reminder run at a time across all app
 * instances and workers. Any constant works as long as nothing else uses it.
 */
export const ACTIVITY_REMINDER_LOCK = 7_310_420_001;

const HOUR = 60 * 60 * 1000;
/**
 * "The day before": an activity is reminded once it is less than 24 hours away (the job runs
 * every 10 minutes, so about a day ahead; an activity published later is still reminded).
 */
export const REMINDER_WINDOW = { fromHours: 0, toHours: 24 } as const;

const KIND: NotificationKind = "activityReminder";
/** Rows per INSERT: 6 columns × 1,000 rows stays far below PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

export type ReminderResult =
  | { skipped: true }
  | {
      skipped: false;
      /** published activities in the window */
      activities: number;
      /** (activity, account) pairs that should have a reminder */
      recipients: number;
      /** reminders created by this run (the rest existed already) */
      sent: number;
    };

export function reminderDedupeKey(activityId: string, userId: string) {
  return `reminder:${activityId}:${userId}`;
}

/**
 * The day-before reminder: every account holder with a CONFIRMED sign-up for a PUBLISHED
 * activity starting tomorrow gets one "activityReminder" notification.
 *
 * Safe to run from several processes at once and as often as wanted: one run at a time holds a
 * transaction-scoped advisory lock (a second concurrent run returns `{ skipped: true }`), and the
 * dedupe key `reminder:<activityId>:<userId>` makes a repeated reminder a no-op anyway.
 * Activities are read in keyset-paginated batches so a large district never loads all at once.
 */
export async function sendActivityReminders(options: { now?: Date; batchSize?: number } = {}): Promise<ReminderResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 500;
  const from = new Date(now.getTime() + REMINDER_WINDOW.fromHours * HOUR);
  const to = new Date(now.getTime() + REMINDER_WINDOW.toHours * HOUR);

  return db().$transaction(
    async (tx): Promise<ReminderResult> => {
      const [{ locked }] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${BigInt(ACTIVITY_REMINDER_LOCK)}::bigint) AS locked`;
      if (!locked) return { skipped: true };

      let activities = 0;
      let recipients = 0;
      let sent = 0;
      let cursor: { startsAt: Date; id: string } | null = null;
      for (;;) {
        const batch: ActivityRow[] = await tx.activity.findMany({
          where: {
            status: "PUBLISHED",
            startsAt: { gte: from, lt: to },
            ...(cursor
              ? { OR: [{ startsAt: { gt: cursor.startsAt } }, { startsAt: cursor.startsAt, id: { gt: cursor.id } }] }
              : {}),
          },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: batchSize,
          select: { id: true, title: true, place: true, startsAt: true },
        });
        if (!batch.length) break;
        activities += batch.length;
        const counts = await remindBatch(tx, batch);
        recipients += counts.recipients;
        sent += counts.sent;
        if (batch.length < batchSize) break;
        const last = batch[batch.length - 1];
        cursor = { startsAt: last.startsAt, id: last.id };
      }
      return { skipped: false, activities, recipients, sent };
    },
    // One run may insert many rows; waiting for a pool connection is bounded, the run is not short.
    { maxWait: 10_000, timeout: 10 * 60 * 1000 },
  );
}

type ActivityRow = { id: string; title: string; place: string; startsAt: Date };

/** One query for the (activity, account) pairs of a batch, then chunked inserts that skip duplicates. */
async function remindBatch(tx: Tx, batch: ActivityRow[]) {
  const byId = new Map(batch.map((a) => [a.id, a]));
  const pairs = await tx.$queryRaw<{ activityId: string; userId: string }[]>`
    SELECT DISTINCT s."activityId"::text AS "activityId", m."userId"::text AS "userId"
    FROM "Signup" s
    JOIN "Member" m ON m.id = s."memberId"
    JOIN "User" u ON u.id = m."userId"
    WHERE s."activityId" = ANY(${batch.map((a) => a.id)}::uuid[])
      AND s.status = 'CONFIRMED'
      AND u."disabledAt" IS NULL`;
  const rows: Prisma.NotificationCreateManyInput[] = pairs.map(({ activityId, userId }) => {
    const activity = byId.get(activityId)!;
    return {
      userId,
      kind: KIND,
      params: { title: activity.title, place: activity.place, startsAt: activity.startsAt.toISOString() },
      link: `/me/activities/${activityId}`,
      dedupeKey: reminderDedupeKey(activityId, userId),
    };
  });
  let sent = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const { count } = await tx.notification.createMany({ data: rows.slice(i, i + INSERT_CHUNK), skipDuplicates: true });
    sent += count;
  }
  return { recipients: rows.length, sent };
}
