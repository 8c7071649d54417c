import { db } from "../db.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import { forgivePair, mayAttempt, recordFailure, throttleKeys } from "./sign-in-throttle.ts";

export type CredentialCheck = { ok: true; userId: string } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a phone + password under the sign-in throttle (decision 071). Only wrong passwords are
 * counted, after the check; a refused (throttled) attempt counts for nothing. The answer never
 * tells whether the phone exists: unknown phones are checked against a decoy hash and counted alike.
 */
export async function verifyCredentials(options: {
  phone: string;
  password: string;
  clientAddress: string;
  now?: Date;
}): Promise<CredentialCheck> {
  const { phone, password, clientAddress, now = new Date() } = options;
  const keys = throttleKeys(phone, clientAddress);
  if (!(await mayAttempt(keys, now))) return { ok: false, reason: "throttled" };

  const user = await db().user.findUnique({
    where: { phone },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !matches || user.disabledAt) {
    await recordFailure(keys, now);
    return { ok: false, reason: "invalid" };
  }
  await forgivePair(keys);
  return { ok: true, userId: user.id };
}
