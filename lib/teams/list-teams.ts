import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { countsById } from "../count-children.ts";
import { db } from "../db.ts";

export type ListTeamsOptions = { actor: Actor };

/** The community's teams with their leader, size and activities (the secretary's teams page). */
export async function listTeams({ actor }: ListTeamsOptions) {
  const community = authorize(actor, "teams.manage");
  const teams = await db().volunteerTeam.findMany({
    where: { communityId: community.orgId, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      leader: { select: { id: true, name: true } },
    },
  });
  const ids = teams.map((t) => t.id);
  const [memberships, activities] = await Promise.all([
    db().teamMembership.groupBy({ by: ["teamId"], where: { teamId: { in: ids }, status: "MEMBER" }, _count: { _all: true } }),
    db().activity.groupBy({ by: ["teamId"], where: { teamId: { in: ids } }, _count: { _all: true } }),
  ]);
  const memberCount = countsById(memberships, "teamId");
  const activityCount = countsById(activities, "teamId");
  return teams.map((t) => ({ ...t, _count: { memberships: memberCount(t.id), activities: activityCount(t.id) } }));
}
