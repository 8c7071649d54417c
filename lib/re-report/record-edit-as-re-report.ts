import type { Tx } from "../db.ts";
import { currentWindow } from "./current-window.ts";
import { canConfirm } from "./re-report-rules.ts";

/**
 * A member who edits their entry while a window has opened has re-reported too (with changes):
 * called by the profile edit inside its transaction. Nothing when no window has opened.
 */
export async function recordEditAsReReport(tx: Tx, member: { id: string; communityId: string }, now = new Date()) {
  const window = await currentWindow(tx, member.communityId, now);
  if (!window || !canConfirm(window, now)) return;
  await tx.reReport.createMany({
    data: [{ windowId: window.id, memberId: member.id, communityId: member.communityId, how: "EDITED", confirmedAt: now }],
    skipDuplicates: true,
  });
}
