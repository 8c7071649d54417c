// Shared by the council use cases: who sits on the council now, the actor's own roster entry, and
// whether a member may give an opinion on a consultation (the page and the use case ask the same).
import type { Prisma, Tx } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

/** Seats whose term covers `now` and that were not ended early. */
export function currentSeatWhere(communityId: string, now: Date): Prisma.CouncilSeatWhereInput {
  return { communityId, endedAt: null, startsOn: { lte: now }, endsOn: { gt: now } };
}

/** The signed-in member's verified roster entry in the community, else not found. */
export async function ownMember(tx: Tx, userId: string, communityId: string) {
  const member = await tx.member.findFirst({
    where: { userId, communityId, status: "ACTIVE" },
    select: { id: true, name: true },
  });
  if (!member) throw new NotFoundError();
  return member;
}

export type OpinionRule = "ok" | "notOpen" | "closed" | "notInvited";

/** One rule for the page (what to show) and `giveOpinion` (what to refuse): open, before the deadline, invited or open to all. */
export function opinionDecision(
  consultation: { status: string; deadline: Date | null; openToAll: boolean },
  invited: boolean,
  now: Date,
): OpinionRule {
  if (consultation.status !== "OPEN" || !consultation.deadline) return "notOpen";
  if (!invited && !consultation.openToAll) return "notInvited";
  if (now.getTime() >= consultation.deadline.getTime()) return "closed";
  return "ok";
}

/** A consultation of the community the secretary works on, by id, else not found. */
export async function findConsultation(tx: Tx, communityId: string, id: string) {
  const consultation = await tx.consultation.findFirst({ where: { id: assertId(id), communityId } });
  if (!consultation) throw new NotFoundError();
  return consultation;
}

/** Locks the consultation's row so that two clicks of one button run one after the other. */
export async function lockConsultation(tx: Tx, communityId: string, id: string) {
  await tx.$queryRaw`SELECT id FROM "Consultation" WHERE id = ${assertId(id)}::uuid AND "communityId" = ${communityId}::uuid FOR UPDATE`;
  return findConsultation(tx, communityId, id);
}
