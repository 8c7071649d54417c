import type { Prisma, Tx } from "../db.ts";

/** What a notification says is a message key in messages/<locale>/notifications.json: `kinds.<kind>`. */
export type NotificationKind =
  | "activityPublished"
  | "promotedFromWaitlist"
  | "activityChanged"
  | "activityCancelled"
  | "activityReminder"
  | "attendanceConfirmed"
  | "serviceReminder"
  | "needTaskDispatched"
  | "needUnitAssigned"
  | "needOverdue"
  | "needConfirmed"
  | "needReopened"
  | "needMatched"
  | "needAssigned";

/**
 * Queues in-app notifications inside the caller's transaction, so a notification exists exactly
 * when the change does. With a dedupeKey, sending twice is a no-op (e.g. reminders).
 */
export async function notify(
  tx: Tx,
  options: {
    userIds: (string | null | undefined)[];
    kind: NotificationKind;
    params: Prisma.InputJsonObject;
    link?: string;
    dedupeKey?: (userId: string) => string;
  },
): Promise<number> {
  const userIds = [...new Set(options.userIds.filter((id): id is string => !!id))];
  if (!userIds.length) return 0;
  // one statement for any number of people (the attendance of a 2,000-place activity)
  const count = await tx.$executeRaw`
    INSERT INTO "Notification" ("userId", kind, params, link, "dedupeKey")
    SELECT u."userId", ${options.kind}, ${JSON.stringify(options.params)}::jsonb, ${options.link ?? null}, u."dedupeKey"
    FROM unnest(${userIds}::uuid[], ${userIds.map((id) => options.dedupeKey?.(id) ?? null)}::text[]) AS u("userId", "dedupeKey")
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return count;
}
