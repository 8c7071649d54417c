import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { canMove } from "./need-status.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { ReportUnitNeedDoneInput } from "./unit-schema.ts";

export type ReportUnitNeedDoneOptions = { actor: Actor; input: ReportUnitNeedDoneInput; now?: Date };

/**
 * The unit admin reports a task of its list done: the unit's active claims become DONE, and when
 * no other claimant is still at work the need is DONE, waiting for the resident (or the secretary
 * from a phone call) to confirm it (confirmNeed). Under the need's row lock.
 */
export async function reportUnitNeedDone({ actor, input, now = new Date() }: ReportUnitNeedDoneOptions) {
  const grant = authorize(actor, "unit.needs");
  const unitId = grant.orgId;
  return db().$transaction(async (tx) => {
    const [need] = await tx.$queryRaw<{ id: string; status: NeedStatus }[]>`
      SELECT id, status::text AS status FROM "Need"
      WHERE id = ${input.needId}::uuid AND "unitId" = ${unitId}::uuid FOR UPDATE`;
    if (!need) throw new NotFoundError();
    if (!canMove(need.status, "finish")) throw new UserFacingError("needUnits.cannotReport");
    const done = await tx.needClaim.updateMany({
      where: { needId: need.id, viaUnitId: unitId, status: "ACTIVE" },
      data: { status: "DONE", doneAt: now, doneNote: input.note ?? null },
    });
    if (done.count === 0) throw new UserFacingError("needUnits.nobodyAssigned");
    const stillActive = await tx.needClaim.count({ where: { needId: need.id, status: "ACTIVE" } });
    const finished = stillActive === 0;
    await tx.need.update({
      where: { id: need.id },
      data: { unitReportedAt: now, ...(finished ? { status: "DONE", doneAt: now } : {}) },
    });
    await recordNeedEvent(tx, { needId: need.id, kind: "done", actorId: actor.userId, params: { claims: done.count } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.unitReportDone",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: unitId,
      before: { status: need.status },
      after: { status: finished ? "DONE" : need.status, claims: done.count, note: input.note ?? null },
    });
    return { finished, claims: done.count };
  });
}
