import type { Tx } from "../db.ts";
import { teamAllowed, type ActivityScope } from "../activities/activity-scope.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";

export type StartedActivity = {
  id: string;
  title: string;
  points: number;
  hours: unknown;
  startsAt: Date;
  teamId: string | null;
};

/** A published activity in the scope (the community, or a leader's teams) that has begun, its row locked for the transaction. */
export async function findStartedActivity(tx: Tx, scope: ActivityScope, activityId: string): Promise<StartedActivity> {
  const communityId = scope.communityId;
  const [activity] = await tx.$queryRaw<StartedActivity[]>`
    SELECT id, title, points, hours, "startsAt", "teamId" FROM "Activity"
    WHERE id = ${activityId}::uuid AND "communityId" = ${communityId}::uuid AND status = 'PUBLISHED'
    FOR UPDATE`;
  if (!activity || !teamAllowed(scope, activity.teamId)) throw new NotFoundError();
  if (activity.startsAt > new Date()) throw new UserFacingError("attendance.notStarted");
  return activity;
}
