import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import type { TeamInput } from "./schema.ts";

export type CreateTeamOptions = { actor: Actor; input: TeamInput };

/** The community sets up a team and names its leader, a verified member, who is its first core member. */
export async function createTeam({ actor, input }: CreateTeamOptions) {
  const community = authorize(actor, "teams.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const leader = await tx.member.findFirst({
      where: { id: input.leaderMemberId, communityId, status: "ACTIVE", userId: { not: null } },
      select: { id: true },
    });
    if (!leader) throw new UserFacingError("errors.checkForm", { leaderMemberId: "teams.badLeader" });
    const taken = await tx.volunteerTeam.findFirst({ where: { communityId, name: input.name }, select: { id: true } });
    if (taken) throw new UserFacingError("errors.checkForm", { name: "teams.nameTaken" });
    const team = await tx.volunteerTeam.create({
      data: { communityId, name: input.name, description: input.description ?? null, leaderMemberId: leader.id },
    });
    await tx.teamMembership.create({
      data: { teamId: team.id, memberId: leader.id, communityId, status: "MEMBER", isCore: true, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "team.create",
      entityType: "VolunteerTeam",
      entityId: team.id,
      scopeOrgId: communityId,
      after: { name: input.name, leaderMemberId: leader.id },
    });
    return { id: team.id };
  });
}
