import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { localYear } from "../time.ts";
import { authorizeActivities, scopeWhere } from "./activity-scope.ts";
import type { ActivityIdInput } from "./schema.ts";

export type PublishActivityOptions = { actor: Actor; input: ActivityIdInput };

/** Publishing tells the members who pledged items of the activity's category this year. */
export async function publishActivity({ actor, input }: PublishActivityOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const community = { orgId: scope.communityId };
  return db().$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: input.id, ...scopeWhere(scope), status: "DRAFT" },
      include: { community: { select: { name: true } } },
    });
    if (!activity) throw new NotFoundError();
    if (activity.signupDeadline < new Date()) throw new UserFacingError("activities.publishTooLate");
    await tx.activity.update({ where: { id: activity.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const pledgers = await tx.member.findMany({
      where: {
        communityId: community.orgId,
        status: "ACTIVE",
        userId: { not: null },
        pledges: { some: { withdrawnAt: null, year: localYear(activity.startsAt), item: { categoryId: activity.categoryId } } },
      },
      select: { userId: true },
    });
    await notify(tx, {
      userIds: pledgers.map((m) => m.userId),
      kind: "activityPublished",
      params: { title: activity.title, community: activity.community.name, startsAt: activity.startsAt.toISOString() },
      link: `/me/activities/${activity.id}`,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "activity.publish",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      after: { status: "PUBLISHED" },
    });
    return { id: activity.id, notified: pledgers.length };
  });
}
