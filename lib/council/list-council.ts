import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { countsById } from "../count-children.ts";
import { db } from "../db.ts";
import { currentSeatWhere } from "./council-scope.ts";

export type ListCouncilOptions = { actor: Actor; now?: Date };

/** The secretary's council page: the seats (current first, then past) and the consultations, newest first. */
export async function listCouncil({ actor, now = new Date() }: ListCouncilOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  const [current, past, listed] = await Promise.all([
    db().councilSeat.findMany({
      where: currentSeatWhere(communityId, now),
      orderBy: { startsOn: "asc" },
      select: { id: true, startsOn: true, endsOn: true, member: { select: { id: true, name: true } } },
    }),
    db().councilSeat.findMany({
      where: { communityId, NOT: currentSeatWhere(communityId, now) },
      orderBy: { endsOn: "desc" },
      take: 50,
      select: { id: true, startsOn: true, endsOn: true, endedAt: true, member: { select: { id: true, name: true } } },
    }),
    db().consultation.findMany({
      where: { communityId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        title: true,
        status: true,
        deadline: true,
        outcome: true,
      },
    }),
  ]);
  const ids = { consultationId: { in: listed.map((c) => c.id) } };
  const [opinions, invitations] = await Promise.all([
    db().consultationOpinion.groupBy({ by: ["consultationId"], where: ids, _count: { _all: true } }),
    db().consultationInvitation.groupBy({ by: ["consultationId"], where: ids, _count: { _all: true } }),
  ]);
  const opinionCount = countsById(opinions, "consultationId");
  const invitationCount = countsById(invitations, "consultationId");
  const consultations = listed.map((c) => ({
    ...c,
    _count: { opinions: opinionCount(c.id), invitations: invitationCount(c.id) },
  }));
  return { current, past, consultations };
}
