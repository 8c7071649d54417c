import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { lockConsultation } from "./council-scope.ts";
import type { ConsultationIdInput } from "./schema.ts";

export type PublishDecisionOptions = { actor: Actor; input: ConsultationIdInput; now?: Date };

/** The decision goes on the members' 议事公开 page: question, options, tally, meeting, decision, the item it became. */
export async function publishDecision({ actor, input, now = new Date() }: PublishDecisionOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.id);
    if (consultation.status !== "DECIDED") throw new UserFacingError("council.notDecided");
    await tx.consultation.update({ where: { id: consultation.id }, data: { status: "PUBLISHED", publishedAt: now } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.publish",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { status: "PUBLISHED" },
    });
    return { id: consultation.id };
  });
}
