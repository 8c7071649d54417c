import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListTeamsOptions = { actor: Actor };

/** The community's teams with their leader and size (the secretary's page and the dashboard filter). */
export async function listTeams({ actor }: ListTeamsOptions) {
  const community = authorize(actor, "teams.manage");
  return db().volunteerTeam.findMany({
    where: { communityId: community.orgId, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      leader: { select: { id: true, name: true } },
      _count: { select: { memberships: { where: { status: "MEMBER" } }, activities: true } },
    },
  });
}
