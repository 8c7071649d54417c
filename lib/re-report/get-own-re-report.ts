import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { currentWindow } from "./current-window.ts";
import { canConfirm, reReportStatus } from "./re-report-rules.ts";

export type GetOwnReReportOptions = { actor: Actor; now?: Date };

/**
 * What the member's home shows about the re-report: nothing without a window (or before it opens),
 * otherwise their status, the window and what their entry says now (to confirm in one tap).
 */
export async function getOwnReReport({ actor, now = new Date() }: GetOwnReReportOptions) {
  const community = authorize(actor, "self.reReport");
  const prisma = db();
  const member = await prisma.member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: {
      id: true,
      verifiedAt: true,
      room: true,
      availability: true,
      employerName: true,
      employerUnit: { select: { name: true } },
      grid: { select: { name: true } },
      building: { select: { name: true } },
    },
  });
  if (!member) return null;
  const window = await currentWindow(prisma, community.orgId, now);
  if (!window || !canConfirm(window, now)) return null;
  if (member.verifiedAt && member.verifiedAt >= window.closesAt) return null;
  const report = await prisma.reReport.findUnique({
    where: { windowId_memberId: { windowId: window.id, memberId: member.id } },
    select: { confirmedAt: true, how: true },
  });
  return {
    window: { opensAt: window.opensAt, closesAt: window.closesAt },
    status: reReportStatus(window, report?.confirmedAt ?? null, now),
    confirmedAt: report?.confirmedAt ?? null,
    entry: {
      residence: [member.grid?.name, member.building?.name, member.room].filter(Boolean).join(" · "),
      employer: member.employerUnit?.name ?? member.employerName ?? null,
      availability: member.availability,
    },
  };
}
