import type { Actor } from "../auth/actor.ts";
import { authorizeActivities } from "../activities/activity-scope.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { notify } from "../notifications/notify.ts";
import { findStartedActivity } from "./find-started-activity.ts";
import type { ConfirmAttendanceInput } from "./schema.ts";

export type ConfirmAttendanceOptions = { actor: Actor; input: ConfirmAttendanceInput };

/**
 * After the activity the secretary confirms who took part (scanned or not) and the hours; each
 * confirmed record is locked (a database trigger refuses later edits) and credits the activity's
 * points once (one EARN entry per record). Listed members left unticked are marked as no-shows.
 * A few statements whatever the size, so the largest activity (2,000 places) confirms in one go.
 */
export async function confirmAttendance({ actor, input }: ConfirmAttendanceOptions) {
  const scope = await authorizeActivities(actor, "attendance.manage");
  const communityId = scope.communityId;
  const attendedIds = [...new Set(input.attended)];
  const present = new Set(attendedIds);
  const noShowIds = [...new Set(input.signedUp)].filter((id) => !present.has(id));

  return db().$transaction(
    async (tx) => {
      const activity = await findStartedActivity(tx, scope, input.activityId);
      const hours = input.hours ?? Number(activity.hours);
      const now = new Date();
      // members of this community signed up (or recorded) for the activity, not yet confirmed
      const open = await tx.$queryRaw<{ id: string; userId: string | null }[]>`
        SELECT m.id, m."userId" FROM "Member" m
        WHERE m."communityId" = ${communityId}::uuid AND m.id = ANY(${[...attendedIds, ...noShowIds]}::uuid[])
          AND (EXISTS (SELECT 1 FROM "Signup" s WHERE s."activityId" = ${activity.id}::uuid AND s."memberId" = m.id AND s.status = 'CONFIRMED')
            OR EXISTS (SELECT 1 FROM "ActivityRecord" r WHERE r."activityId" = ${activity.id}::uuid AND r."memberId" = m.id))
          AND NOT EXISTS (SELECT 1 FROM "ActivityRecord" r
            WHERE r."activityId" = ${activity.id}::uuid AND r."memberId" = m.id AND r."confirmedAt" IS NOT NULL)`;
      const attended = open.filter((m) => present.has(m.id));
      const noShows = open.filter((m) => !present.has(m.id));

      const records = await tx.$queryRaw<{ id: bigint; memberId: string }[]>`
        INSERT INTO "ActivityRecord" ("activityId", "memberId", "communityId", status, hours, points, "confirmedAt", "confirmedById")
        SELECT ${activity.id}::uuid, m.id, ${communityId}::uuid, 'CONFIRMED', ${hours}::numeric, ${activity.points}::int, ${now}, ${actor.userId}::uuid
        FROM unnest(${attended.map((m) => m.id)}::uuid[]) AS m(id)
        ON CONFLICT ("activityId", "memberId") DO UPDATE SET status = 'CONFIRMED', hours = EXCLUDED.hours,
          points = EXCLUDED.points, "confirmedAt" = EXCLUDED."confirmedAt", "confirmedById" = EXCLUDED."confirmedById"
          WHERE "ActivityRecord"."confirmedAt" IS NULL
        RETURNING id, "memberId"`;
      if (activity.points > 0 && records.length) {
        await tx.$executeRaw`
          INSERT INTO "PointsEntry" ("memberId", "communityId", kind, amount, "activityId", "recordId", "actorId")
          SELECT r."memberId", ${communityId}::uuid, 'EARN', ${activity.points}::int, ${activity.id}::uuid, r.id, ${actor.userId}::uuid
          FROM unnest(${records.map((r) => r.memberId)}::uuid[], ${records.map((r) => r.id.toString())}::bigint[]) AS r("memberId", id)`;
      }
      await tx.$executeRaw`
        INSERT INTO "ActivityRecord" ("activityId", "memberId", "communityId", status, hours, points, "confirmedAt", "confirmedById")
        SELECT ${activity.id}::uuid, m.id, ${communityId}::uuid, 'NO_SHOW', 0, 0, ${now}, ${actor.userId}::uuid
        FROM unnest(${noShows.map((m) => m.id)}::uuid[]) AS m(id)
        ON CONFLICT ("activityId", "memberId") DO UPDATE SET status = 'NO_SHOW', hours = 0, points = 0,
          "confirmedAt" = EXCLUDED."confirmedAt", "confirmedById" = EXCLUDED."confirmedById"
          WHERE "ActivityRecord"."confirmedAt" IS NULL`;

      await notify(tx, {
        userIds: attended.map((m) => m.userId),
        kind: "attendanceConfirmed",
        params: { title: activity.title, points: activity.points },
        link: "/me/records",
      });
      if (attended.length || noShows.length) {
        await recordAudit(tx, {
          actorId: actor.userId,
          action: "attendance.confirm",
          entityType: "Activity",
          entityId: activity.id,
          scopeOrgId: communityId,
          after: { attended: attended.map((m) => m.id), noShows: noShows.map((m) => m.id), hours, points: activity.points },
        });
      }
      return { confirmed: attended.length, noShows: noShows.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
