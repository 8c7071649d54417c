import type { Actor } from "./actor.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { setPassword } from "./set-password.ts";

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
  await db().$transaction((tx) =>
    setPassword(tx, { userId: user.id, passwordHash, actorId: user.id, action: "user.changePassword" }),
  );
}
