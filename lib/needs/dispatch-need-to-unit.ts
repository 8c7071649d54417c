import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { canMove } from "./need-status.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import { dispatchableUnitWhere } from "./unit-eligibility.ts";
import { taskMonthDate, type DispatchNeedToUnitInput } from "./unit-schema.ts";

export type DispatchNeedToUnitOptions = { actor: Actor; input: DispatchNeedToUnitInput };

/**
 * 社区派单 to a co-building unit: the secretary puts a need of their community on a unit's monthly
 * task list (月任务清单). Only a unit the street verified, not archived, whose report to this
 * community was accepted may be chosen. Locks the need's row, checks the state machine, and writes
 * the timeline line, the audit line and the unit admins' notifications in the same transaction.
 */
export async function dispatchNeedToUnit({ actor, input }: DispatchNeedToUnitOptions) {
  const grant = authorize(actor, "needs.manage");
  const communityId = grant.orgId;
  return db().$transaction(async (tx) => {
    const [need] = await tx.$queryRaw<{ id: string; status: NeedStatus; unitId: string | null }[]>`
      SELECT id, status::text AS status, "unitId"::text AS "unitId" FROM "Need"
      WHERE id = ${input.needId}::uuid AND "communityId" = ${communityId}::uuid FOR UPDATE`;
    if (!need) throw new NotFoundError();
    if (!canMove(need.status, "dispatch")) throw new UserFacingError("needUnits.cannotDispatch");
    const unit = await tx.organization.findFirst({
      where: { id: input.unitId, ...dispatchableUnitWhere(communityId) },
      select: { id: true, name: true, grants: { where: { role: "UNIT_ADMIN" }, select: { userId: true } } },
    });
    if (!unit) throw new UserFacingError("needUnits.unitNotEligible", { unitId: "needUnits.unitNotEligible" });

    const taskMonth = taskMonthDate(input.taskMonth);
    await tx.need.update({
      where: { id: need.id },
      data: { status: "DISPATCHED", unitId: unit.id, taskMonth, unitReportedAt: null },
    });
    await recordNeedEvent(tx, {
      needId: need.id,
      kind: "dispatched",
      actorId: actor.userId,
      params: { unit: unit.name, month: input.taskMonth },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.dispatchToUnit",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: communityId,
      before: { status: need.status, unitId: need.unitId },
      after: { status: "DISPATCHED", unitId: unit.id, taskMonth: input.taskMonth },
    });
    await notify(tx, {
      userIds: unit.grants.map((g) => g.userId),
      kind: "needTaskDispatched",
      params: { month: input.taskMonth },
      link: `/unit/needs?month=${input.taskMonth}`,
    });
    return { id: need.id, unitId: unit.id, taskMonth: input.taskMonth };
  });
}
