import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { currentWindow } from "./current-window.ts";
import { isOpen, reReportStatus } from "./re-report-rules.ts";

export const OVERVIEW_LIST_LIMIT = 500;

export type GetReReportOverviewOptions = { actor: Actor; now?: Date };

/** Active members a window concerns: verified before it closed. */
export function eligibleWhere(communityId: string, closesAt: Date) {
  return {
    communityId,
    status: "ACTIVE" as const,
    OR: [{ verifiedAt: null }, { verifiedAt: { lt: closesAt } }],
  };
}

/**
 * The secretary's re-report page: the current window, how many confirmed (one tap or by editing),
 * and the members who have not (due while it is open, overdue after), up to 500 of them by building.
 */
export async function getReReportOverview({ actor, now = new Date() }: GetReReportOverviewOptions) {
  const community = authorize(actor, "reReport.manage");
  const prisma = db();
  const window = await currentWindow(prisma, community.orgId, now);
  if (!window) return { window: null, now };
  const eligible = eligibleWhere(community.orgId, window.closesAt);
  const missing = { ...eligible, reReports: { none: { windowId: window.id } } };
  const [total, confirmed, edited, pending, pendingCount] = await Promise.all([
    prisma.member.count({ where: eligible }),
    prisma.reReport.count({ where: { windowId: window.id, how: "CONFIRMED", member: eligible } }),
    prisma.reReport.count({ where: { windowId: window.id, how: "EDITED", member: eligible } }),
    prisma.member.findMany({
      where: missing,
      orderBy: [{ building: { name: "asc" } }, { room: "asc" }, { name: "asc" }],
      take: OVERVIEW_LIST_LIMIT,
      select: {
        id: true,
        name: true,
        phone: true,
        room: true,
        userId: true,
        grid: { select: { name: true } },
        building: { select: { name: true } },
      },
    }),
    prisma.member.count({ where: missing }),
  ]);
  return {
    now,
    window: { ...window, open: isOpen(window, now), status: reReportStatus(window, null, now) },
    counts: { total, confirmed, edited, missing: pendingCount },
    missing: pending.map(({ userId, ...m }) => ({ ...m, hasAccount: !!userId })),
  };
}
