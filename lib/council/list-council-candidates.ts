import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

/** At most this many names in the appointment form's list (a community has a few hundred members). */
export const CANDIDATES_MAX = 2000;

export type ListCouncilCandidatesOptions = { actor: Actor };

/** The verified members of the community, by name, for the appointment form. */
export async function listCouncilCandidates({ actor }: ListCouncilCandidatesOptions) {
  const community = authorize(actor, "council.manage");
  return db().member.findMany({
    where: { communityId: community.orgId, status: "ACTIVE" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CANDIDATES_MAX,
    select: { id: true, name: true, room: true, building: { select: { name: true } } },
  });
}
