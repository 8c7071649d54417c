"use server";

import { publicAction } from "@/lib/actions/action";
import { resetPassword } from "@/lib/auth/reset-password";
import { sendPhoneCode } from "@/lib/phone-codes/send-phone-code";
import { resetPasswordSchema, sendPhoneCodeSchema } from "@/lib/phone-codes/schema";

/** The "获取验证码" button of the registration and reset forms: the same answer for any phone. */
export const sendPhoneCodeAction = publicAction({
  schema: sendPhoneCodeSchema,
  run: async ({ input, clientAddress }) => {
    // the SMS leaves after the answer (see sendPhoneCode); its promise stays on the server
    await sendPhoneCode({ input, clientAddress });
    return null;
  },
  successMessage: "phoneCode.sent",
});

export const resetPasswordAction = publicAction({
  schema: resetPasswordSchema,
  run: async ({ input, clientAddress }) => {
    await resetPassword({ input, clientAddress });
    return null;
  },
  redirectTo: () => "/login?notice=passwordReset",
});
