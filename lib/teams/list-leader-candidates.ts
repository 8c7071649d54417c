import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListLeaderCandidatesOptions = { actor: Actor };

/** Verified members with an account (a leader works on the phone), by name, for the team form. */
export async function listLeaderCandidates({ actor }: ListLeaderCandidatesOptions) {
  const community = authorize(actor, "teams.manage");
  return db().member.findMany({
    where: { communityId: community.orgId, status: "ACTIVE", userId: { not: null } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
    select: { id: true, name: true, room: true, building: { select: { name: true } } },
  });
}
