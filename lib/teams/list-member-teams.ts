import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { ownMember } from "../council/council-scope.ts";
import { countsById } from "../count-children.ts";
import { db } from "../db.ts";

export type ListMemberTeamsOptions = { actor: Actor };

/** The member's teams page: every team of the community, the member's own standing in each, and the teams they lead. */
export async function listMemberTeams({ actor }: ListMemberTeamsOptions) {
  const community = authorize(actor, "self.view");
  const member = await ownMember(db(), actor.userId, community.orgId);
  const teams = await db().volunteerTeam.findMany({
    where: { communityId: community.orgId, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      leaderMemberId: true,
      leader: { select: { name: true } },
      memberships: { where: { memberId: member.id }, select: { status: true, isCore: true } },
    },
  });
  const memberCount = countsById(
    await db().teamMembership.groupBy({
      by: ["teamId"],
      where: { teamId: { in: teams.map((t) => t.id) }, status: "MEMBER" },
      _count: { _all: true },
    }),
    "teamId",
  );
  return teams.map(({ memberships, leaderMemberId, ...t }) => ({
    ...t,
    _count: { memberships: memberCount(t.id) },
    leads: leaderMemberId === member.id,
    standing: memberships[0] ?? null,
  }));
}
