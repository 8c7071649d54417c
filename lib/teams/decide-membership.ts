import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import type { DecideMembershipInput } from "./schema.ts";
import { findLedTeam } from "./team-scope.ts";

export type DecideMembershipOptions = { actor: Actor; input: DecideMembershipInput };

/** The team's leader accepts (optionally as a core member) or declines an application. */
export async function decideMembership({ actor, input }: DecideMembershipOptions) {
  const community = authorize(actor, "team.lead");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const membership = await tx.teamMembership.findFirst({
      where: { id: input.id, communityId, status: "APPLIED" },
      include: { member: { select: { userId: true } } },
    });
    if (!membership) throw new NotFoundError();
    const team = await findLedTeam(tx, actor.userId, communityId, membership.teamId);
    await tx.teamMembership.update({
      where: { id: membership.id },
      data: { status: input.accept ? "MEMBER" : "REJECTED", isCore: input.accept && input.core, decidedAt: new Date() },
    });
    await notify(tx, {
      userIds: [membership.member.userId],
      kind: "teamApplicationDecided",
      params: { team: team.name, accepted: String(input.accept) },
      link: "/me/teams",
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.accept ? "team.accept" : "team.decline",
      entityType: "TeamMembership",
      entityId: membership.id,
      scopeOrgId: communityId,
      after: { core: input.accept && input.core },
    });
    return { id: membership.id };
  });
}
