import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { localDay } from "../time.ts";
import { eligibleWhere } from "./get-re-report-overview.ts";
import type { RemindReReportInput } from "./schema.ts";

export type RemindReReportOptions = { actor: Actor; input: RemindReReportInput; now?: Date };

/**
 * One click: every member of the window who has not confirmed and has an account gets an in-app
 * reminder linking to their home (at most one per member, window and Beijing day).
 */
export async function remindReReport({ actor, input, now = new Date() }: RemindReReportOptions) {
  const community = authorize(actor, "reReport.manage");
  const day = localDay(now);
  return db().$transaction(async (tx) => {
    const window = await tx.reReportWindow.findFirst({
      where: { id: input.windowId, communityId: community.orgId, opensAt: { lte: now } },
      select: { id: true, closesAt: true },
    });
    if (!window) throw new NotFoundError();
    const missing = await tx.member.findMany({
      where: {
        ...eligibleWhere(community.orgId, window.closesAt),
        reReports: { none: { windowId: window.id } },
      },
      select: { userId: true, user: { select: { disabledAt: true } } },
    });
    // listed: everyone who has not confirmed; reminded: those with an enabled account
    const userIds = missing.filter((m) => m.userId && m.user && !m.user.disabledAt).map((m) => m.userId!);
    const sent = await notify(tx, {
      userIds,
      kind: "reReportReminder",
      params: { community: community.orgName, closesOn: localDay(new Date(window.closesAt.getTime() - 1)) },
      link: "/me",
      dedupeKey: (userId) => `reReport:${window.id}:${userId}:${day}`,
    });
    await tx.reReportWindow.update({ where: { id: window.id }, data: { remindedAt: now } });
    if (sent > 0) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "reReport.remind",
        entityType: "ReReportWindow",
        entityId: window.id,
        scopeOrgId: community.orgId,
        after: { day, sent },
      });
    }
    return { listed: missing.length, sent };
  });
}
