import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { lockConsultation } from "./council-scope.ts";
import type { RecordMeetingInput } from "./schema.ts";

export type RecordMeetingOptions = { actor: Actor; input: RecordMeetingInput };

/** The meeting of an open consultation: its date, who of the invited came, the minutes. Recording again replaces it. */
export async function recordMeeting({ actor, input }: RecordMeetingOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.id);
    if (consultation.status !== "OPEN") throw new UserFacingError("council.notOpen");
    const attendees = [...new Set(input.attendees)];
    const invited = await tx.consultationInvitation.count({
      where: { consultationId: consultation.id, memberId: { in: attendees } },
    });
    if (invited !== attendees.length) throw new UserFacingError("errors.checkForm", { attendees: "council.attendeeNotInvited" });
    await tx.consultationInvitation.updateMany({ where: { consultationId: consultation.id }, data: { attended: false } });
    await tx.consultationInvitation.updateMany({
      where: { consultationId: consultation.id, memberId: { in: attendees } },
      data: { attended: true },
    });
    await tx.consultation.update({
      where: { id: consultation.id },
      data: { meetingAt: input.meetingAt, meetingMinutes: input.minutes },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.recordMeeting",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { meetingAt: input.meetingAt, attendees },
    });
    return { id: consultation.id };
  });
}
