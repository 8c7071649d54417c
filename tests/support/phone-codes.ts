import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { PhoneCodePurpose } from "@/lib/generated/prisma/enums";
import { CODE_MINUTES, hashCode, newCode } from "@/lib/phone-codes/phone-code-proof";
import { sendPhoneCode } from "@/lib/phone-codes/send-phone-code";

/** A documentation address (198.18.0.0/15) of its own, so tests do not share a throttle. */
export function uniqueAddress(): string {
  return `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** The code a person reads from their SMS: sent through the console provider and read from its outbox. */
export async function receiveCode(phone: string, purpose: PhoneCodePurpose = "REGISTER", now?: Date): Promise<string> {
  const { delivery } = await sendPhoneCode({ input: { phone, purpose }, clientAddress: uniqueAddress(), now });
  await delivery;
  const message = await db().smsOutbox.findFirstOrThrow({ where: { phone }, orderBy: { id: "desc" } });
  return /\d{6}/.exec(message.text)![0];
}

/** A valid code written straight to the table, for tests about what a proven phone may do (no send throttle). */
export async function provenCode(phone: string, purpose: PhoneCodePurpose = "REGISTER"): Promise<string> {
  const code = newCode();
  await db().phoneCode.create({
    data: {
      phone,
      purpose,
      codeHash: hashCode({ phone, purpose, code }),
      expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
    },
  });
  return code;
}
