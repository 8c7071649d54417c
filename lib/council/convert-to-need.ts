import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { requireUsableCategory } from "../menu/menu-scope.ts";
import { recordNeedEvent } from "../needs/record-need-event.ts";
import { newTrackingToken } from "../needs/tracking-token.ts";
import { lockConsultation } from "./council-scope.ts";
import type { ToNeedInput } from "./schema.ts";

/** What `Need.consentVersion` records for a need the community raised itself: no resident's contact is kept. */
export const COUNCIL_NEED_CONSENT = "council";

export type ConvertToNeedOptions = { actor: Actor; input: ToNeedInput };

/**
 * An adopted proposal becomes, in one step, a need of the community waiting for triage (SUBMITTED,
 * recorded on behalf, no resident contact), linked both ways; the needs loop takes it from there.
 * Its tracking token is not kept: nobody outside follows it.
 */
export async function convertToNeed({ actor, input }: ConvertToNeedOptions) {
  const community = authorize(actor, "council.manage");
  authorize(actor, "needs.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.id);
    if (consultation.outcome !== "ADOPTED") throw new UserFacingError("council.notAdopted");
    if (consultation.serviceItemId || consultation.activityId || consultation.needId)
      throw new UserFacingError("council.alreadyConverted");
    await requireUsableCategory(tx, communityId, input.categoryId);
    const org = await tx.organization.findUniqueOrThrow({ where: { id: communityId }, select: { streetId: true } });
    if (!org.streetId) throw new UserFacingError("council.notAdopted");
    const now = new Date();
    const need = await tx.need.create({
      data: {
        communityId,
        streetId: org.streetId,
        kind: "SERVICE",
        categoryId: input.categoryId,
        content: `${consultation.title}：${input.content ?? consultation.decisionReason ?? ""}`.slice(0, 1000),
        consentVersion: COUNCIL_NEED_CONSENT,
        consentAt: now,
        source: "ON_BEHALF",
        recordedById: actor.userId,
        trackingHash: newTrackingToken().hash,
      },
    });
    await recordNeedEvent(tx, { needId: need.id, kind: "submitted", actorId: actor.userId, params: { source: "council" } });
    await tx.consultation.update({ where: { id: consultation.id }, data: { needId: need.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.toNeed",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { needId: need.id },
    });
    return { id: consultation.id, needId: need.id };
  });
}
