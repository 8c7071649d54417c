import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { memberSnapshot, resolveEmployer, resolveResidence } from "./resolve-member-fields.ts";
import type { UpdateOwnProfileInput } from "./schema.ts";
import { recordEditAsReReport } from "../re-report/record-edit-as-re-report.ts";

export type UpdateOwnProfileOptions = { actor: Actor; input: UpdateOwnProfileInput };

/**
 * A member edits their own entry in the community they act in. A new home or employer goes back
 * to verification; so does any correction of a returned (rejected) report.
 */
export async function updateOwnProfile({ actor, input }: UpdateOwnProfileOptions) {
  const community = authorize(actor, "self.edit");
  return db().$transaction(async (tx) => {
    const before = await tx.member.findFirst({
      where: { id: input.memberId, userId: actor.userId, communityId: community.orgId, status: { not: "MOVED_OUT" } },
    });
    if (!before) throw new NotFoundError();
    const residence = await resolveResidence(tx, community.orgId, input.gridId, input.buildingId);
    const employer = await resolveEmployer(tx, input, { communityId: community.orgId, current: before });
    const moved = residence.buildingId !== before.buildingId || input.room !== before.room;
    const changedJob =
      employer.employerUnitId !== before.employerUnitId ||
      employer.employerName !== before.employerName ||
      input.kind !== before.kind;
    const needsVerification = before.status === "REJECTED" || (before.status === "ACTIVE" && (moved || changedJob));
    const after = await tx.member.update({
      where: { id: before.id },
      data: {
        ...residence,
        ...employer,
        room: input.room,
        kind: input.kind,
        position: input.position ?? null,
        skills: input.skills,
        interests: input.interests,
        availability: input.availability,
        willingness: input.willingness ?? null,
        ...(needsVerification ? { status: "PENDING" as const, rejectReason: null, reportedAt: new Date() } : {}),
      },
    });
    // an active member's edit during a re-report window is their re-report (with changes)
    if (before.status === "ACTIVE") await recordEditAsReReport(tx, { id: before.id, communityId: community.orgId });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: before.status === "REJECTED" ? "member.resubmit" : "member.selfUpdate",
      entityType: "Member",
      entityId: before.id,
      scopeOrgId: community.orgId,
      before: memberSnapshot(before),
      after: memberSnapshot(after),
    });
    return { id: after.id, needsVerification };
  });
}
