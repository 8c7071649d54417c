import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { currentWindow } from "./current-window.ts";
import { canConfirm } from "./re-report-rules.ts";

export type ConfirmReReportOptions = { actor: Actor; now?: Date };

/**
 * One tap: the member confirms that residence, employer and availability on their entry are still
 * right. Counted once per window (a second tap changes nothing); late confirmations count too.
 */
export async function confirmReReport({ actor, now = new Date() }: ConfirmReReportOptions) {
  const community = authorize(actor, "self.reReport");
  const prisma = db();
  const member = await prisma.member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new NotFoundError();
  const window = await currentWindow(prisma, community.orgId, now);
  if (!window || !canConfirm(window, now)) throw new UserFacingError("reReport.noWindow");
  await prisma.reReport.createMany({
    data: [{ windowId: window.id, memberId: member.id, communityId: community.orgId, how: "CONFIRMED", confirmedAt: now }],
    skipDuplicates: true,
  });
  return { windowId: window.id };
}
