import { db } from "../db.ts";
import { throttlePublicForm } from "../auth/throttle.ts";
import { smsProvider } from "../sms/sms-provider-from-env.ts";
import type { SmsProvider } from "../sms/sms-provider.ts";
import { CODE_MINUTES, hashCode, newCode } from "./phone-code-proof.ts";
import type { SendPhoneCodeInput } from "./schema.ts";

export type SendPhoneCodeOptions = { input: SendPhoneCodeInput; clientAddress: string; now?: Date; provider?: SmsProvider };

/**
 * Public: sends a one-time code to a phone. The answer is the same for any phone: a code row is
 * written either way, and the SMS goes out after the answer (a provider's round trip must not
 * tell whether a reset code was really sent). A reset code is delivered only to an account's phone.
 * `delivery` settles when the provider answered (tests wait for it; the action does not).
 */
export async function sendPhoneCode({ input, clientAddress, now = new Date(), provider = smsProvider() }: SendPhoneCodeOptions) {
  // per purpose: a member who registered a moment ago may already need a reset code
  await throttlePublicForm("sendCode", { phone: input.phone, key: `${input.purpose}:${input.phone}`, clientAddress, now });
  const account =
    input.purpose === "RESET"
      ? await db().user.findFirst({ where: { phone: input.phone, disabledAt: null }, select: { id: true } })
      : null;
  const code = newCode();
  await db().phoneCode.create({
    data: {
      phone: input.phone,
      purpose: input.purpose,
      codeHash: hashCode({ ...input, code }),
      expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
      createdAt: now,
    },
  });
  if (Math.random() < 0.01) {
    void db()
      .phoneCode.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } })
      .catch((error: unknown) => console.error("prune phone codes", error));
  }
  const deliver = input.purpose === "REGISTER" || account !== null;
  const delivery = deliver
    ? provider
        .sendCode({ phone: input.phone, code, minutes: CODE_MINUTES })
        .catch((error: unknown) => console.error("SMS code not delivered", error))
    : Promise.resolve();
  return { delivery };
}
