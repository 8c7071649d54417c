// The activity whose attendance is being recorded: published, of the community, and started.
import type { Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";

export type Activity = { id: string; title: string; communityId: string; points: number; hours: unknown; startsAt: Date };

export async function findActivity(tx: Tx, communityId: string, activityId: string): Promise<Activity> {
  const activity = await tx.activity.findFirst({
    where: { id: activityId, communityId, status: "PUBLISHED" },
    select: { id: true, title: true, communityId: true, points: true, hours: true, startsAt: true },
  });
  if (!activity) throw new NotFoundError();
  if (activity.startsAt > new Date()) throw new UserFacingError("attendance.notStarted");
  return activity;
}
