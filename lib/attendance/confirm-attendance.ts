import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { notify } from "../notifications/notify.ts";
import { findActivity } from "./attendance-activity.ts";

export type ConfirmAttendanceOptions = {
  actor: Actor;
  input: { activityId: string; memberIds: string[]; hours?: number; noShowIds?: string[] };
};

/**
 * After the activity the secretary confirms who took part (scanned or not) and the hours; each
 * confirmed record is locked (a database trigger refuses later edits) and credits the activity's
 * points once (one EARN entry per record). Everyone else signed up can be marked as no-show.
 */
export async function confirmAttendance({ actor, input }: ConfirmAttendanceOptions) {
  const community = authorize(actor, "attendance.manage");
  return db().$transaction(async (tx) => {
    const activity = await findActivity(tx, community.orgId, input.activityId);
    const hours = input.hours ?? Number(activity.hours);
    const now = new Date();
    const eligible = await tx.member.findMany({
      where: {
        id: { in: [...input.memberIds, ...(input.noShowIds ?? [])] },
        communityId: community.orgId,
        OR: [
          { signups: { some: { activityId: activity.id, status: "CONFIRMED" } } },
          { records: { some: { activityId: activity.id } } },
        ],
      },
      select: {
        id: true,
        userId: true,
        records: { where: { activityId: activity.id }, select: { id: true, confirmedAt: true } },
      },
    });
    const byId = new Map(eligible.map((m) => [m.id, m]));
    const open = (id: string) => {
      const m = byId.get(id);
      return m && !m.records[0]?.confirmedAt ? m : undefined;
    };
    const attended = input.memberIds.map(open).filter((m): m is NonNullable<typeof m> => !!m);
    const noShows = (input.noShowIds ?? [])
      .filter((id) => !input.memberIds.includes(id))
      .map(open)
      .filter((m): m is NonNullable<typeof m> => !!m);

    for (const member of attended) {
      const record = await tx.activityRecord.upsert({
        where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
        create: {
          activityId: activity.id,
          memberId: member.id,
          communityId: community.orgId,
          status: "CONFIRMED",
          hours,
          points: activity.points,
          confirmedAt: now,
          confirmedById: actor.userId,
        },
        update: { status: "CONFIRMED", hours, points: activity.points, confirmedAt: now, confirmedById: actor.userId },
        select: { id: true },
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
    }
    for (const member of noShows) {
      await tx.activityRecord.upsert({
        where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
        create: {
          activityId: activity.id,
          memberId: member.id,
          communityId: community.orgId,
          status: "NO_SHOW",
          confirmedAt: now,
          confirmedById: actor.userId,
        },
        update: { status: "NO_SHOW", hours: 0, points: 0, confirmedAt: now, confirmedById: actor.userId },
      });
    }
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
        scopeOrgId: community.orgId,
        after: { attended: attended.map((m) => m.id), noShows: noShows.map((m) => m.id), hours, points: activity.points },
      });
    }
    return { confirmed: attended.length, noShows: noShows.length };
  });
}
