import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type UnitReportDecision = { kind: "ACCEPT" } | { kind: "DECLINE"; reason: string };

export type DecideUnitReportOptions = { actor: Actor; input: { id: string; decision: UnitReportDecision } };

/**
 * The secretary accepts a pending unit report (the unit joins the co-building list) or declines
 * it with a reason the unit sees. The community is the secretary's active grant: a report of any
 * other community is not found, whatever id is guessed.
 */
export async function decideUnitReport({ actor, input }: DecideUnitReportOptions) {
  const { decision } = input;
  const community = authorize(actor, "unitReports.decide");
  const id = assertId(input.id);
  const reason = decision.kind === "DECLINE" ? decision.reason.trim() : null;
  if (decision.kind === "DECLINE" && !reason) {
    throw new UserFacingError("errors.checkForm", { reason: "unitReports.reasonRequired" });
  }
  const status = decision.kind === "ACCEPT" ? "ACCEPTED" : "DECLINED";

  return db().$transaction(async (tx) => {
    const before = await tx.unitReport.findFirst({
      where: { id, communityId: community.orgId },
      select: { id: true, status: true, unitId: true },
    });
    if (!before) throw new NotFoundError();
    if (before.status !== "PENDING") throw new UserFacingError("unitReports.alreadyDecided");

    // the status condition makes two secretaries deciding at once safe: only one update wins
    const { count } = await tx.unitReport.updateMany({
      where: { id, communityId: community.orgId, status: "PENDING" },
      data: { status, decidedById: actor.userId, decidedAt: new Date(), declineReason: reason },
    });
    if (count !== 1) throw new UserFacingError("unitReports.alreadyDecided");

    await recordAudit(tx, {
      actorId: actor.userId,
      action: decision.kind === "ACCEPT" ? "unitReport.accept" : "unitReport.decline",
      entityType: "UnitReport",
      entityId: id,
      scopeOrgId: community.orgId,
      before: { status: before.status, unitId: before.unitId },
      after: { status, unitId: before.unitId, ...(reason ? { declineReason: reason } : {}) },
    });
    return { id, status };
  });
}
