import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import type { ConsultationInput } from "./schema.ts";

export type CreateConsultationOptions = { actor: Actor; input: ConsultationInput };

/** A consultation starts as a draft the secretary can still edit; nobody else sees it. */
export async function createConsultation({ actor, input }: CreateConsultationOptions) {
  const community = authorize(actor, "council.manage");
  return db().$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: { ...input, communityId: community.orgId, createdById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.createConsultation",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: community.orgId,
      after: { title: input.title, options: input.options },
    });
    return { id: consultation.id };
  });
}
