import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { opinionDecision, ownMember } from "./council-scope.ts";
import type { GiveOpinionInput } from "./schema.ts";

export type GiveOpinionOptions = { actor: Actor; input: GiveOpinionInput; now?: Date };

/**
 * An invited member (or any verified member when the consultation is open to all) gives an
 * opinion, an option and the reasons, until the deadline; giving it again replaces it.
 */
export async function giveOpinion({ actor, input, now = new Date() }: GiveOpinionOptions) {
  const community = authorize(actor, "self.council");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const member = await ownMember(tx, actor.userId, communityId);
    const consultation = await tx.consultation.findFirst({
      where: { id: input.id, communityId, status: { not: "DRAFT" } },
      include: { invitations: { where: { memberId: member.id }, select: { memberId: true } } },
    });
    if (!consultation) throw new NotFoundError();
    const invited = consultation.invitations.length > 0;
    const rule = opinionDecision(consultation, invited, now);
    if (rule === "notInvited") throw new NotFoundError();
    if (rule !== "ok") throw new UserFacingError(`council.opinion.${rule}`);
    if (input.option >= consultation.options.length)
      throw new UserFacingError("errors.checkForm", { option: "validation.required" });
    const opinion = await tx.consultationOpinion.upsert({
      where: { consultationId_memberId: { consultationId: consultation.id, memberId: member.id } },
      create: { consultationId: consultation.id, memberId: member.id, communityId, option: input.option, reasons: input.reasons },
      update: { option: input.option, reasons: input.reasons },
    });
    return { id: opinion.id };
  });
}
