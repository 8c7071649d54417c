import type { Actor } from "./actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { hashPassword, verifyPassword } from "./password.ts";

export type ChangePasswordOptions = { actor: Actor; input: { currentPassword: string; newPassword: string } };

/** Any signed-in person changes their own password, proving the current one. */
export async function changePassword({ actor, input }: ChangePasswordOptions) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { id: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UserFacingError("errors.checkForm", { currentPassword: "profile.wrongPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, { actorId: user.id, action: "user.changePassword", entityType: "User", entityId: user.id });
  });
}
