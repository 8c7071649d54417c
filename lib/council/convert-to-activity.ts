import { activityFields, checkCategoryAndItem } from "../activities/activity-fields.ts";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { lockConsultation } from "./council-scope.ts";
import type { ToActivityInput } from "./schema.ts";

export type ConvertToActivityOptions = { actor: Actor; input: ToActivityInput };

/** An adopted proposal becomes, in one step, a draft activity (the activity rules apply), linked both ways. */
export async function convertToActivity({ actor, input }: ConvertToActivityOptions) {
  const community = authorize(actor, "council.manage");
  authorize(actor, "activities.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.consultationId);
    if (consultation.outcome !== "ADOPTED") throw new UserFacingError("council.notAdopted");
    if (consultation.serviceItemId || consultation.activityId || consultation.needId)
      throw new UserFacingError("council.alreadyConverted");
    await checkCategoryAndItem(tx, communityId, input);
    const activity = await tx.activity.create({
      data: { ...activityFields(input), communityId, createdById: actor.userId },
    });
    await tx.consultation.update({ where: { id: consultation.id }, data: { activityId: activity.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.toActivity",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { activityId: activity.id },
    });
    return { id: consultation.id, activityId: activity.id };
  });
}
