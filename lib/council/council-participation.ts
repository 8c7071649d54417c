// Taking part in the council counts under 建言献策 in the member's record: opinions given and
// meetings attended. No authorization here: callers check who may see the record.
import { db } from "../db.ts";

export async function councilParticipation(options: { memberId: string; communityId: string; since?: Date }) {
  const { memberId, communityId, since } = options;
  const consultations = await db().consultation.findMany({
    where: {
      communityId,
      ...(since ? { openedAt: { gte: since } } : {}),
      OR: [{ opinions: { some: { memberId } } }, { invitations: { some: { memberId, attended: true } } }],
    },
    orderBy: { openedAt: "desc" },
    take: 100,
    select: {
      id: true,
      title: true,
      status: true,
      openedAt: true,
      meetingAt: true,
      opinions: { where: { memberId }, select: { id: true } },
      invitations: { where: { memberId, attended: true }, select: { memberId: true } },
    },
  });
  const items = consultations.map((c) => ({
    id: c.id,
    title: c.title,
    at: c.meetingAt ?? c.openedAt,
    published: c.status === "PUBLISHED",
    gaveOpinion: c.opinions.length > 0,
    attended: c.invitations.length > 0,
  }));
  return {
    opinions: items.filter((i) => i.gaveOpinion).length,
    meetings: items.filter((i) => i.attended).length,
    items,
  };
}
