import { recordAudit } from "../audit/record-audit.ts";
import type { Tx } from "../db.ts";

/**
 * The one place a password is stored (change, reset): every password write goes through here, in
 * the caller's transaction with its audit line.
 */
export async function setPassword(
  tx: Tx,
  options: { userId: string; passwordHash: string; actorId: string; action: "user.changePassword" | "user.resetPassword" },
): Promise<void> {
  await tx.user.update({ where: { id: options.userId }, data: { passwordHash: options.passwordHash } });
  await recordAudit(tx, { actorId: options.actorId, action: options.action, entityType: "User", entityId: options.userId });
}
