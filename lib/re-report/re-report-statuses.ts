import { db } from "../db.ts";
import { currentWindows } from "./current-window.ts";
import { reReportStatus, type ReReportStatus } from "./re-report-rules.ts";

type Entry = { id: string; communityId: string; status: string; verifiedAt: Date | null };

/**
 * The re-report status of each entry shown in a list (the roster, a unit's member list), in its own
 * community's current window. No status for entries that are not active, for communities without a
 * window, or for members verified after the window closed. No authorization: callers list only what
 * the viewer may see.
 */
export async function reReportStatuses(entries: Entry[], now = new Date()): Promise<Map<string, ReReportStatus>> {
  const result = new Map<string, ReReportStatus>();
  const active = entries.filter((e) => e.status === "ACTIVE");
  if (!active.length) return result;
  const prisma = db();
  const windows = await currentWindows(
    prisma,
    active.map((e) => e.communityId),
    now,
  );
  const windowIds = [...windows.values()].flatMap((w) => (w ? [w.id] : []));
  const reports = windowIds.length
    ? await prisma.reReport.findMany({
        where: { windowId: { in: windowIds }, memberId: { in: active.map((e) => e.id) } },
        select: { windowId: true, memberId: true, confirmedAt: true },
      })
    : [];
  const confirmed = new Map(reports.map((r) => [`${r.windowId}:${r.memberId}`, r.confirmedAt]));
  for (const entry of active) {
    const window = windows.get(entry.communityId);
    if (!window) continue;
    if (entry.verifiedAt && entry.verifiedAt >= window.closesAt) continue;
    result.set(entry.id, reReportStatus(window, confirmed.get(`${window.id}:${entry.id}`) ?? null, now));
  }
  return result;
}
