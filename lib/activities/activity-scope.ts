// Who may manage which activities (docs/decisions/083): the secretary all of the community's; a
// volunteer team's leader (a member holding `team.lead`) only those of the teams they lead. The
// activity and attendance use cases ask this instead of `authorize`, and put `scopeWhere` into every
// `where`, so an activity outside the scope is simply not found.
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { can } from "../auth/permissions.ts";
import { db, type Prisma, type Tx } from "../db.ts";
import { ForbiddenError, UserFacingError } from "../errors.ts";

export type ActivityScope = {
  communityId: string;
  /** null: every activity of the community; else only these teams' */
  teamIds: string[] | null;
};

/** The secretary's permission, or the leadership of at least one active team of the community. */
export async function authorizeActivities(
  actor: Actor | null,
  permission: "activities.manage" | "attendance.manage",
  client: Tx = db(),
): Promise<ActivityScope> {
  if (actor?.active && can(actor, permission)) return { communityId: actor.active.orgId, teamIds: null };
  const grant = authorize(actor, "team.lead");
  const teams = await client.volunteerTeam.findMany({
    where: {
      communityId: grant.orgId,
      archivedAt: null,
      leader: { userId: actor!.userId, communityId: grant.orgId, status: "ACTIVE" },
    },
    select: { id: true },
  });
  if (!teams.length) throw new ForbiddenError();
  return { communityId: grant.orgId, teamIds: teams.map((t) => t.id) };
}

/** The part of an activity `where` that keeps it inside the scope. */
export function scopeWhere(scope: ActivityScope): Prisma.ActivityWhereInput {
  return { communityId: scope.communityId, ...(scope.teamIds ? { teamId: { in: scope.teamIds } } : {}) };
}

/** The same as SQL, for the statements that lock the activity's row. */
export function teamAllowed(scope: ActivityScope, teamId: string | null): boolean {
  return !scope.teamIds || (teamId !== null && scope.teamIds.includes(teamId));
}

/**
 * The team chosen in the activity form: a leader must choose one of their teams; the secretary may
 * choose any active team of the community, or none.
 */
export async function checkTeam(tx: Tx, scope: ActivityScope, teamId: string | undefined): Promise<string | null> {
  if (!teamId) {
    if (scope.teamIds) throw new UserFacingError("errors.checkForm", { teamId: "teams.chooseTeam" });
    return null;
  }
  const team = await tx.volunteerTeam.findFirst({
    where: { id: teamId, communityId: scope.communityId, archivedAt: null },
    select: { id: true },
  });
  if (!team || !teamAllowed(scope, team.id)) throw new UserFacingError("errors.checkForm", { teamId: "teams.badTeam" });
  return team.id;
}
