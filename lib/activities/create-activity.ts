import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { authorizeActivities, checkTeam } from "./activity-scope.ts";
import { activityFields, activitySnapshot, checkCategoryAndItem } from "./activity-fields.ts";
import type { ActivityInput } from "./schema.ts";

export type CreateActivityOptions = { actor: Actor; input: ActivityInput };

/** A new activity starts as a draft; members see it once published. A team leader creates only their team's. */
export async function createActivity({ actor, input }: CreateActivityOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const community = { orgId: scope.communityId };
  return db().$transaction(async (tx) => {
    await checkCategoryAndItem(tx, community.orgId, input);
    const teamId = await checkTeam(tx, scope, input.teamId);
    const activity = await tx.activity.create({
      data: { ...activityFields(input), teamId, communityId: community.orgId, createdById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "activity.create",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      after: activitySnapshot(activity),
    });
    return { id: activity.id };
  });
}
