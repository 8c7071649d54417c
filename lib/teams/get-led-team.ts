import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import type { TeamIdInput } from "./schema.ts";
import { findLedTeam } from "./team-scope.ts";

export type GetLedTeamOptions = { actor: Actor; input: TeamIdInput };

/** A leader's view of their team: applications, members, activities and the team's figures. */
export async function getLedTeam({ actor, input }: GetLedTeamOptions) {
  const community = authorize(actor, "team.lead");
  const client = db();
  const team = await findLedTeam(client, actor.userId, community.orgId, input.teamId);
  const [memberships, activities, figures] = await Promise.all([
    client.teamMembership.findMany({
      where: { teamId: team.id, status: { in: ["APPLIED", "MEMBER"] } },
      orderBy: [{ status: "asc" }, { appliedAt: "asc" }],
      select: { id: true, status: true, isCore: true, member: { select: { id: true, name: true } } },
    }),
    client.activity.findMany({
      where: { teamId: team.id, communityId: community.orgId, status: { in: ["DRAFT", "PUBLISHED"] } },
      orderBy: { startsAt: "desc" },
      take: 50,
      select: { id: true, title: true, status: true, startsAt: true, endsAt: true, capacity: true, confirmedCount: true },
    }),
    client.activityRecord.aggregate({
      where: { status: "CONFIRMED", activity: { teamId: team.id, communityId: community.orgId } },
      _count: { _all: true },
      _sum: { hours: true },
    }),
  ]);
  return {
    team,
    memberships,
    activities,
    figures: {
      members: memberships.filter((m) => m.status === "MEMBER").length,
      activities: activities.filter((a) => a.status === "PUBLISHED").length,
      attendances: figures._count._all,
      hours: Number(figures._sum.hours ?? 0),
    },
  };
}
