import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { lockConsultation } from "./council-scope.ts";
import type { DecideConsultationInput } from "./schema.ts";

export type DecideConsultationOptions = { actor: Actor; input: DecideConsultationInput; now?: Date };

/** After the deadline the secretary records the decision: adopted or not, and why. Opinions stop then. */
export async function decideConsultation({ actor, input, now = new Date() }: DecideConsultationOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.id);
    if (consultation.status !== "OPEN") throw new UserFacingError("council.notOpen");
    await tx.consultation.update({
      where: { id: consultation.id },
      data: { status: "DECIDED", outcome: input.outcome, decisionReason: input.reason, decidedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.decide",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { outcome: input.outcome, reason: input.reason },
    });
    return { id: consultation.id };
  });
}
