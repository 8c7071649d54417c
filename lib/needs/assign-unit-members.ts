import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { notify } from "../notifications/notify.ts";
import { canMove } from "./need-status.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { AssignUnitMembersInput } from "./unit-schema.ts";

export type AssignUnitMembersOptions = { actor: Actor; input: AssignUnitMembersInput; now?: Date };

/**
 * The unit admin names the members who will do a task of its list: its confirmed, active members
 * wherever they live (decision 060). Each becomes a claim assigned by the admin via the unit
 * (NeedClaim.viaUnitId); the unit decides how many people it sends, so `places` grows to fit.
 * Under the need's row lock, like every claim (decision 085). The assigned members are notified
 * and see the resident's contact on their needs board; the unit admin never does.
 */
export async function assignUnitMembers({ actor, input, now = new Date() }: AssignUnitMembersOptions) {
  const grant = authorize(actor, "unit.needs");
  const unitId = grant.orgId;
  return db().$transaction(async (tx) => {
    const [need] = await tx.$queryRaw<
      { id: string; communityId: string; status: NeedStatus; places: number; claimedCount: number; firstClaimedAt: Date | null }[]
    >`
      SELECT id, "communityId"::text AS "communityId", status::text AS status, places, "claimedCount", "firstClaimedAt"
      FROM "Need" WHERE id = ${input.needId}::uuid AND "unitId" = ${unitId}::uuid FOR UPDATE`;
    if (!need) throw new NotFoundError();
    if (!(need.status === "DISPATCHED" || need.status === "CLAIMED") || !canMove(need.status, "assign")) {
      throw new UserFacingError("needUnits.cannotAssign");
    }
    const members = await tx.member.findMany({
      where: { id: { in: input.memberIds }, employerUnitId: unitId, employerLinkedAt: { not: null }, status: "ACTIVE" },
      select: { id: true, userId: true },
    });
    if (members.length !== input.memberIds.length) {
      throw new UserFacingError("needUnits.notYourMember", { memberIds: "needUnits.notYourMember" });
    }
    const existing = await tx.needClaim.findMany({
      where: { needId: need.id, memberId: { in: input.memberIds } },
      select: { id: true, memberId: true, status: true },
    });
    const held = new Set(existing.filter((c) => c.status !== "RETURNED").map((c) => c.memberId));
    const fresh = members.filter((m) => !held.has(m.id));
    if (!fresh.length) throw new UserFacingError("needUnits.alreadyAssigned");

    for (const member of fresh) {
      const data = {
        status: "ACTIVE" as const,
        assignedById: actor.userId,
        viaUnitId: unitId,
        claimedAt: now,
        progressNote: null,
        doneAt: null,
        doneNote: null,
        returnedAt: null,
        returnReason: null,
      };
      await tx.needClaim.upsert({
        where: { needId_memberId: { needId: need.id, memberId: member.id } },
        create: { needId: need.id, memberId: member.id, communityId: need.communityId, ...data },
        update: data,
      });
    }
    const claimedCount = need.claimedCount + fresh.length;
    await tx.need.update({
      where: { id: need.id },
      data: {
        status: "CLAIMED",
        claimedCount,
        places: Math.max(need.places, claimedCount),
        firstClaimedAt: need.firstClaimedAt ?? now,
      },
    });
    await recordNeedEvent(tx, { needId: need.id, kind: "assigned", actorId: actor.userId, params: { count: fresh.length } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.unitAssign",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: unitId,
      before: { status: need.status, claimedCount: need.claimedCount },
      after: { status: "CLAIMED", claimedCount, memberIds: fresh.map((m) => m.id) },
    });
    await notify(tx, { userIds: fresh.map((m) => m.userId), kind: "needUnitAssigned", params: {}, link: "/me/needs" });
    return { assigned: fresh.length };
  });
}
