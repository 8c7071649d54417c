import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { authorizeActivities, checkTeam, teamAllowed } from "./activity-scope.ts";
import { activityFields, activitySnapshot, checkCategoryAndItem } from "./activity-fields.ts";
import type { UpdateActivityInput } from "./schema.ts";
import { promoteFromWaitlist } from "./signup-queue.ts";

export type UpdateActivityOptions = { actor: Actor; input: UpdateActivityInput };

/**
 * Edits an activity. A bigger capacity promotes from the waitlist; a capacity below the confirmed
 * sign-ups is refused. Members who signed up are told when time or place changes.
 */
export async function updateActivity({ actor, input }: UpdateActivityOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const community = { orgId: scope.communityId };
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Activity" WHERE id = ${input.id}::uuid AND "communityId" = ${community.orgId}::uuid FOR UPDATE`;
    const before = locked && (await tx.activity.findUnique({ where: { id: locked.id } }));
    if (!before || before.status === "CANCELLED" || !teamAllowed(scope, before.teamId)) throw new NotFoundError();
    if (input.capacity < before.confirmedCount) {
      throw new UserFacingError("errors.checkForm", { capacity: "activities.capacityBelowConfirmed" });
    }
    await checkCategoryAndItem(tx, community.orgId, input);
    const teamId = await checkTeam(tx, scope, input.teamId);
    const after = await tx.activity.update({ where: { id: before.id }, data: { ...activityFields(input), teamId } });
    if (before.status === "PUBLISHED") {
      if (after.capacity > before.confirmedCount) await promoteFromWaitlist(tx, after, after.capacity - before.confirmedCount);
      const moved =
        before.startsAt.getTime() !== after.startsAt.getTime() ||
        before.endsAt.getTime() !== after.endsAt.getTime() ||
        before.place !== after.place;
      if (moved) {
        const signups = await tx.signup.findMany({
          where: { activityId: after.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
          select: { member: { select: { userId: true } } },
        });
        await notify(tx, {
          userIds: signups.map((s) => s.member.userId),
          kind: "activityChanged",
          params: { title: after.title, place: after.place, startsAt: after.startsAt.toISOString() },
          link: `/me/activities/${after.id}`,
        });
      }
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "activity.update",
      entityType: "Activity",
      entityId: after.id,
      scopeOrgId: community.orgId,
      before: activitySnapshot(before),
      after: activitySnapshot(after),
    });
    return { id: after.id };
  });
}
