import type { Actor } from "../auth/actor.ts";
import { authorizeActivities } from "../activities/activity-scope.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { findStartedActivity } from "./find-started-activity.ts";
import type { AddWalkInInput } from "./schema.ts";

export type AddWalkInOptions = { actor: Actor; input: AddWalkInInput };

/** Someone who came without signing up (or without a phone): recorded and credited like the others. */
export async function addWalkIn({ actor, input }: AddWalkInOptions) {
  const scope = await authorizeActivities(actor, "attendance.manage");
  const community = { orgId: scope.communityId };
  return db().$transaction(async (tx) => {
    const activity = await findStartedActivity(tx, scope, input.activityId);
    const member = await tx.member.findFirst({
      where: { id: input.memberId, communityId: community.orgId, status: "ACTIVE" },
      select: { id: true, userId: true },
    });
    if (!member) throw new UserFacingError("errors.checkForm", { memberId: "activities.memberNotActive" });
    const existing = await tx.activityRecord.findUnique({
      where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
      select: { id: true },
    });
    if (existing) throw new UserFacingError("attendance.alreadyRecorded");
    const hours = input.hours ?? Number(activity.hours);
    const record = await tx.activityRecord.create({
      data: {
        activityId: activity.id,
        memberId: member.id,
        communityId: community.orgId,
        status: "CONFIRMED",
        walkIn: true,
        hours,
        points: activity.points,
        confirmedAt: new Date(),
        confirmedById: actor.userId,
      },
    });
    if (activity.points > 0) {
      await tx.pointsEntry.create({
        data: {
          memberId: member.id,
          communityId: community.orgId,
          kind: "EARN",
          amount: activity.points,
          activityId: activity.id,
          recordId: record.id,
          actorId: actor.userId,
        },
      });
    }
    await notify(tx, {
      userIds: [member.userId],
      kind: "attendanceConfirmed",
      params: { title: activity.title, points: activity.points },
      link: "/me/records",
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "attendance.walkIn",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      after: { memberId: member.id, hours, points: activity.points },
    });
    return { recordId: record.id };
  });
}
