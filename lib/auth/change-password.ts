import type { Actor } from "./actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { hashPassword, verifyPassword } from "./password.ts";

/** Any signed-in person changes their own password, proving the current one. */
export async function changePassword(options: { actor: Actor; currentPassword: string; newPassword: string }) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: options.actor.userId },
    select: { id: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw new UserFacingError("errors.checkForm", { currentPassword: "profile.wrongPassword" });
  }
  const passwordHash = await hashPassword(options.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, { actorId: user.id, action: "user.changePassword", entityType: "User", entityId: user.id });
  });
}
