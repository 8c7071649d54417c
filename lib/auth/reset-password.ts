import { db } from "../db.ts";
import { checkPhoneCode, spendPhoneCode } from "../phone-codes/phone-code-proof.ts";
import type { ResetPasswordInput } from "../phone-codes/schema.ts";
import { UserFacingError } from "../errors.ts";
import { hashPassword } from "./password.ts";
import { setPassword } from "./set-password.ts";
import { throttlePublicForm } from "./throttle.ts";

export type ResetPasswordOptions = { input: ResetPasswordInput; clientAddress: string; now?: Date };

/**
 * 忘记密码 (public): the phone proven by a reset code gets a new password. A phone without an
 * account never received a code, so it fails like a wrong code. The new password is stored through
 * the same path as a change of password (`setPassword`).
 */
export async function resetPassword({ input, clientAddress, now = new Date() }: ResetPasswordOptions) {
  await throttlePublicForm("resetPassword", { phone: input.phone, clientAddress, now });
  const codeId = await checkPhoneCode({ phone: input.phone, purpose: "RESET", code: input.code, now });
  const user = await db().user.findFirst({ where: { phone: input.phone, disabledAt: null }, select: { id: true } });
  if (!user) throw new UserFacingError("errors.checkForm", { code: "phoneCode.invalid" });
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await spendPhoneCode(tx, codeId, now);
    await setPassword(tx, { userId: user.id, passwordHash, actorId: user.id, action: "user.resetPassword" });
  });
  return { userId: user.id };
}
