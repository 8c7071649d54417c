import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { ownMember } from "../council/council-scope.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import type { TeamIdInput } from "./schema.ts";

export type ApplyToTeamOptions = { actor: Actor; input: TeamIdInput };

/** A verified member asks to join a team of their community; the leader decides. Applying again after a refusal or leaving is allowed. */
export async function applyToTeam({ actor, input }: ApplyToTeamOptions) {
  const community = authorize(actor, "self.teams");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const member = await ownMember(tx, actor.userId, communityId);
    const team = await tx.volunteerTeam.findFirst({
      where: { id: input.teamId, communityId, archivedAt: null },
      select: { id: true },
    });
    if (!team) throw new NotFoundError();
    const existing = await tx.teamMembership.findUnique({ where: { teamId_memberId: { teamId: team.id, memberId: member.id } } });
    if (existing && (existing.status === "APPLIED" || existing.status === "MEMBER"))
      throw new UserFacingError("teams.alreadyApplied");
    const membership = existing
      ? await tx.teamMembership.update({
          where: { id: existing.id },
          data: { status: "APPLIED", isCore: false, appliedAt: new Date(), decidedAt: null },
        })
      : await tx.teamMembership.create({ data: { teamId: team.id, memberId: member.id, communityId } });
    return { id: membership.id };
  });
}
