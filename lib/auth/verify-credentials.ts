import { db } from "../db.ts";
import { decoyHash, verifyPassword } from "./password.ts";

export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerPhone: 5,
  maxFailuresPerAddress: 20,
};

export type CredentialCheck = { ok: true; userId: string } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a phone + password. Every attempt is recorded first (as a failure, flipped to success
 * only when the password matches), so concurrent guesses are counted too and the limit holds
 * across app instances. The answer never tells whether the phone exists.
 */
export async function verifyCredentials(options: {
  phone: string;
  password: string;
  clientAddress: string;
}): Promise<CredentialCheck> {
  const { phone, password, clientAddress } = options;
  const prisma = db();
  const attempt = await prisma.signInAttempt.create({
    data: { phone, ip: clientAddress, success: false },
    select: { id: true },
  });

  if (await isThrottled(phone, clientAddress)) return { ok: false, reason: "throttled" };

  const user = await prisma.user.findUnique({
    where: { phone },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !matches || user.disabledAt) return { ok: false, reason: "invalid" };

  await prisma.signInAttempt.update({ where: { id: attempt.id }, data: { success: true } });
  return { ok: true, userId: user.id };
}

async function isThrottled(phone: string, clientAddress: string): Promise<boolean> {
  const prisma = db();
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await prisma.signInAttempt.findFirst({
    where: { phone, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [phoneFailures, addressFailures] = await Promise.all([
    prisma.signInAttempt.count({
      where: { phone, success: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
    }),
    prisma.signInAttempt.count({
      where: { ip: clientAddress, success: false, createdAt: { gte: windowStart } },
    }),
  ]);
  return phoneFailures > THROTTLE.maxFailuresPerPhone || addressFailures > THROTTLE.maxFailuresPerAddress;
}

/** Old attempts only matter inside the window; the sign-in action prunes them now and then. */
export async function pruneSignInAttempts(): Promise<number> {
  const cutoff = new Date(Date.now() - 24 * 60 * 60_000);
  const { count } = await db().signInAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
