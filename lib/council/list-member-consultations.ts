import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { ownMember } from "./council-scope.ts";

export type ListMemberConsultationsOptions = { actor: Actor };

/**
 * The member's council page: consultations open to them (invited, or open to all) and the
 * published decisions of the community (议事公开).
 */
export async function listMemberConsultations({ actor }: ListMemberConsultationsOptions) {
  const community = authorize(actor, "self.view");
  const communityId = community.orgId;
  const member = await ownMember(db(), actor.userId, communityId);
  const [open, published] = await Promise.all([
    db().consultation.findMany({
      where: { communityId, status: "OPEN", OR: [{ openToAll: true }, { invitations: { some: { memberId: member.id } } }] },
      orderBy: { deadline: "asc" },
      select: {
        id: true,
        title: true,
        deadline: true,
        opinions: { where: { memberId: member.id }, select: { id: true } },
      },
    }),
    db().consultation.findMany({
      where: { communityId, status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      take: 50,
      select: { id: true, title: true, outcome: true, decisionReason: true, publishedAt: true },
    }),
  ]);
  return { open: open.map(({ opinions, ...c }) => ({ ...c, answered: opinions.length > 0 })), published };
}
