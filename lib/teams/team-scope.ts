// Shared by the team use cases: the teams the signed-in member leads.
import type { Tx } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

/** A team of the community led by the signed-in member (a verified entry), else not found. */
export async function findLedTeam(tx: Tx, userId: string, communityId: string, teamId: string) {
  const team = await tx.volunteerTeam.findFirst({
    where: { id: assertId(teamId), communityId, archivedAt: null, leader: { userId, communityId, status: "ACTIVE" } },
    select: { id: true, name: true, leaderMemberId: true },
  });
  if (!team) throw new NotFoundError();
  return team;
}
