import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { opinionDecision, ownMember } from "./council-scope.ts";
import { tallyOf } from "./get-consultation.ts";
import type { ConsultationIdInput } from "./schema.ts";

export type GetMemberConsultationOptions = { actor: Actor; input: ConsultationIdInput; now?: Date };

/**
 * A consultation as a member sees it: an open one they may answer (their own opinion shown), or a
 * published decision (the tally, the meeting, the decision and the item it became; no names).
 */
export async function getMemberConsultation({ actor, input, now = new Date() }: GetMemberConsultationOptions) {
  const community = authorize(actor, "self.view");
  const communityId = community.orgId;
  const member = await ownMember(db(), actor.userId, communityId);
  const consultation = await db().consultation.findFirst({
    where: { id: assertId(input.id), communityId, status: { in: ["OPEN", "DECIDED", "PUBLISHED"] } },
    select: {
      id: true,
      title: true,
      background: true,
      links: true,
      options: true,
      status: true,
      deadline: true,
      openToAll: true,
      meetingAt: true,
      meetingMinutes: true,
      outcome: true,
      decisionReason: true,
      publishedAt: true,
      serviceItem: { select: { id: true, title: true } },
      activity: { select: { id: true, title: true, status: true } },
      need: { select: { id: true } },
      invitations: { where: { memberId: member.id }, select: { memberId: true } },
      opinions: { where: { memberId: member.id }, select: { option: true, reasons: true } },
    },
  });
  if (!consultation) throw new NotFoundError();
  const invited = consultation.invitations.length > 0;
  const published = consultation.status === "PUBLISHED";
  if (!published && !invited && !consultation.openToAll) throw new NotFoundError();
  const rule = opinionDecision(consultation, invited, now);
  const tally = published
    ? tallyOf(
        consultation.options,
        await db().consultationOpinion.findMany({ where: { consultationId: consultation.id }, select: { option: true } }),
      )
    : null;
  const { opinions, ...withInvitations } = consultation;
  const { invitations, ...rest } = withInvitations;
  void invitations;
  return {
    ...rest,
    meetingMinutes: published ? rest.meetingMinutes : null,
    decisionReason: published ? rest.decisionReason : null,
    outcome: published ? rest.outcome : null,
    own: opinions[0] ?? null,
    rule,
    tally,
  };
}
