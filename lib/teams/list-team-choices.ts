import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListTeamChoicesOptions = { actor: Actor };

/** The community's teams as choices of a filter: id and name only, none of the counts of `listTeams`. */
export async function listTeamChoices({ actor }: ListTeamChoicesOptions) {
  const community = authorize(actor, "teams.manage");
  return db().volunteerTeam.findMany({
    where: { communityId: community.orgId, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
