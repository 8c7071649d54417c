import type { Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";

export type StartedActivity = { id: string; title: string; points: number; hours: unknown; startsAt: Date };

/** A published activity of the community that has begun, its row locked for the transaction. */
export async function findStartedActivity(tx: Tx, communityId: string, activityId: string): Promise<StartedActivity> {
  const [activity] = await tx.$queryRaw<StartedActivity[]>`
    SELECT id, title, points, hours, "startsAt" FROM "Activity"
    WHERE id = ${activityId}::uuid AND "communityId" = ${communityId}::uuid AND status = 'PUBLISHED'
    FOR UPDATE`;
  if (!activity) throw new NotFoundError();
  if (activity.startsAt > new Date()) throw new UserFacingError("attendance.notStarted");
  return activity;
}
