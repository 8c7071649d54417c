import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { startOfLocalDay } from "../time.ts";
import { windowFromDays } from "./re-report-rules.ts";
import type { OpenReReportWindowInput } from "./schema.ts";

export type OpenReReportWindowOptions = { actor: Actor; input: OpenReReportWindowInput; now?: Date };

/**
 * The community opens a re-report window over whole Beijing days. Its last day is today or later,
 * and it may not overlap another window of the community (one status per member at a time).
 */
export async function openReReportWindow({ actor, input, now = new Date() }: OpenReReportWindowOptions) {
  const community = authorize(actor, "reReport.manage");
  const bounds = windowFromDays(input.firstDay, input.lastDay);
  if (!bounds) throw new UserFacingError("errors.checkForm", { lastDay: "reReport.badDays" });
  if (bounds.closesAt <= startOfLocalDay(now)) throw new UserFacingError("errors.checkForm", { lastDay: "reReport.inPast" });
  const year = 366 * 24 * 60 * 60 * 1000;
  // opened at most a year ahead, for at most a year
  if (bounds.opensAt.getTime() > now.getTime() + year)
    throw new UserFacingError("errors.checkForm", { firstDay: "reReport.tooFar" });
  if (bounds.closesAt.getTime() - bounds.opensAt.getTime() > year)
    throw new UserFacingError("errors.checkForm", { lastDay: "reReport.tooLong" });
  return db().$transaction(async (tx) => {
    // one window at a time per community: serialize openings of the same community
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rereport:${community.orgId}`}, 0))`;
    const overlapping = await tx.reReportWindow.findFirst({
      where: { communityId: community.orgId, opensAt: { lt: bounds.closesAt }, closesAt: { gt: bounds.opensAt } },
      select: { id: true },
    });
    if (overlapping) throw new UserFacingError("errors.checkForm", { firstDay: "reReport.overlaps" });
    const window = await tx.reReportWindow.create({
      data: { communityId: community.orgId, opensAt: bounds.opensAt, closesAt: bounds.closesAt, createdById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "reReport.open",
      entityType: "ReReportWindow",
      entityId: window.id,
      scopeOrgId: community.orgId,
      after: { opensAt: window.opensAt, closesAt: window.closesAt },
    });
    return { id: window.id };
  });
}
