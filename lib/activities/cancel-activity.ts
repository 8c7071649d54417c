import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { authorizeActivities, scopeWhere } from "./activity-scope.ts";
import type { CancelActivityInput } from "./schema.ts";

export type CancelActivityOptions = { actor: Actor; input: CancelActivityInput };

/** Cancelling keeps the activity and its sign-ups; everyone signed up sees the reason. */
export async function cancelActivity({ actor, input }: CancelActivityOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const community = { orgId: scope.communityId };
  return db().$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: input.id, ...scopeWhere(scope), status: { in: ["DRAFT", "PUBLISHED"] } },
    });
    if (!activity) throw new NotFoundError();
    await tx.activity.update({ where: { id: activity.id }, data: { status: "CANCELLED", cancelReason: input.reason } });
    const signups = await tx.signup.findMany({
      where: { activityId: activity.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: { member: { select: { userId: true } } },
    });
    await notify(tx, {
      userIds: signups.map((s) => s.member.userId),
      kind: "activityCancelled",
      params: { title: activity.title, reason: input.reason },
      link: `/me/activities/${activity.id}`,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "activity.cancel",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      before: { status: activity.status },
      after: { status: "CANCELLED", cancelReason: input.reason },
    });
    return { id: activity.id, notified: signups.length };
  });
}
