import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { currentSeatWhere, lockConsultation } from "./council-scope.ts";
import type { OpenConsultationInput } from "./schema.ts";

export type OpenConsultationOptions = { actor: Actor; input: OpenConsultationInput; now?: Date };

/**
 * The secretary invites the council sitting today (optionally opens the consultation to every
 * verified member of the community) and sets the deadline for opinions (Beijing time).
 */
export async function openConsultation({ actor, input, now = new Date() }: OpenConsultationOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  if (input.deadline <= now) throw new UserFacingError("errors.checkForm", { deadline: "council.deadlinePast" });
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.id);
    if (consultation.status !== "DRAFT") throw new UserFacingError("council.notDraft");
    const seats = await tx.councilSeat.findMany({
      where: { ...currentSeatWhere(communityId, now), member: { status: "ACTIVE" } },
      select: { memberId: true, member: { select: { userId: true } } },
    });
    if (!seats.length && !input.openToAll) throw new UserFacingError("council.noCouncil");
    await tx.consultationInvitation.createMany({
      data: seats.map((s) => ({ consultationId: consultation.id, memberId: s.memberId })),
      skipDuplicates: true,
    });
    await tx.consultation.update({
      where: { id: consultation.id },
      data: { status: "OPEN", openedAt: now, deadline: input.deadline, openToAll: input.openToAll },
    });
    await notify(tx, {
      userIds: seats.map((s) => s.member.userId),
      kind: "councilInvited",
      params: { title: consultation.title, community: community.orgName, startsAt: input.deadline.toISOString() },
      link: `/me/council/${consultation.id}`,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.openConsultation",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { invited: seats.length, openToAll: input.openToAll, deadline: input.deadline },
    });
    return { id: consultation.id, invited: seats.length };
  });
}
