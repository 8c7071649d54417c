import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { db, type Tx } from "../db.ts";
import { authSecret } from "../env.ts";
import { UserFacingError } from "../errors.ts";
import type { PhoneCodePurpose } from "../generated/prisma/enums.ts";

export const CODE_MINUTES = 5;
export const MAX_ATTEMPTS = 5;

export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/**
 * Six digits are a million possibilities, so a plain hash in a leaked table would be reversed in a
 * second; the HMAC's key (AUTH_SECRET) is not in the database.
 */
export function hashCode(options: { phone: string; purpose: PhoneCodePurpose; code: string }): string {
  return createHmac("sha256", authSecret()).update(`${options.purpose}:${options.phone}:${options.code}`).digest("hex");
}

const invalid = () => new UserFacingError("errors.checkForm", { code: "phoneCode.invalid" });

/**
 * Checks a code against the newest one sent to the phone for the purpose, counting the attempt
 * first (committed even when the form fails later). Wrong, expired, used, superseded, too many
 * attempts, or no code at all: one answer. Returns the code's id, to spend with the change it proves.
 */
export async function checkPhoneCode(options: {
  phone: string;
  purpose: PhoneCodePurpose;
  code: string;
  now?: Date;
}): Promise<string> {
  const now = options.now ?? new Date();
  const submitted = hashCode(options);
  const [row] = await db().$queryRaw<{ id: string; codeHash: string }[]>`
    UPDATE "PhoneCode" SET attempts = attempts + 1
    WHERE id = (
      SELECT id FROM "PhoneCode" WHERE phone = ${options.phone} AND purpose = ${options.purpose}::"PhoneCodePurpose"
      ORDER BY "createdAt" DESC, id DESC LIMIT 1
    )
      AND attempts < ${MAX_ATTEMPTS} AND "usedAt" IS NULL AND "expiresAt" > ${now}
    RETURNING id::text, "codeHash"`;
  const stored = row?.codeHash ?? submitted.replace(/./g, "0");
  if (!timingSafeEqual(Buffer.from(stored), Buffer.from(submitted)) || !row) throw invalid();
  return row.id;
}

/** Marks a checked code used, in the transaction of the change it proves: a code proves one change. */
export async function spendPhoneCode(tx: Tx, codeId: string, now = new Date()): Promise<void> {
  const spent = await tx.$executeRaw`
    UPDATE "PhoneCode" SET "usedAt" = ${now} WHERE id = ${codeId}::uuid AND "usedAt" IS NULL`;
  if (spent !== 1) throw invalid();
}
