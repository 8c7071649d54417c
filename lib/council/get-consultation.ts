import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { findConsultation } from "./council-scope.ts";
import type { ConsultationIdInput } from "./schema.ts";

export type GetConsultationOptions = { actor: Actor; input: ConsultationIdInput };

/** One consultation for the secretary: the invited (and who came), every opinion with its reasons, the tally. */
export async function getConsultation({ actor, input }: GetConsultationOptions) {
  const community = authorize(actor, "council.manage");
  const client = db();
  const consultation = await findConsultation(client, community.orgId, input.id);
  const [invitations, opinions, serviceItem, activity, need] = await Promise.all([
    client.consultationInvitation.findMany({
      where: { consultationId: consultation.id },
      orderBy: { createdAt: "asc" },
      select: { attended: true, member: { select: { id: true, name: true } } },
    }),
    client.consultationOpinion.findMany({
      where: { consultationId: consultation.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, option: true, reasons: true, updatedAt: true, member: { select: { id: true, name: true } } },
    }),
    consultation.serviceItemId
      ? client.serviceItem.findFirst({ where: { id: consultation.serviceItemId }, select: { id: true, title: true } })
      : null,
    consultation.activityId
      ? client.activity.findFirst({ where: { id: consultation.activityId }, select: { id: true, title: true } })
      : null,
    consultation.needId
      ? client.need.findFirst({ where: { id: consultation.needId }, select: { id: true, status: true } })
      : null,
  ]);
  return { consultation, invitations, opinions, tally: tallyOf(consultation.options, opinions), serviceItem, activity, need };
}

export function tallyOf(options: string[], opinions: { option: number }[]) {
  return options.map((label, index) => ({ label, count: opinions.filter((o) => o.option === index).length }));
}
