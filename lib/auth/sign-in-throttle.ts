import { db, Prisma } from "../db.ts";

/**
 * Sign-in throttling (decision 071). Only failures count, per client address, per phone and per
 * (phone, address) pair, each incremented atomically in one statement:
 * - an address with many failures (guessing across phones) is refused for the rest of its window;
 *   the limit leaves room for a crowd on one network (typos happen, successes never count);
 * - a phone with many failures slows down only the addresses that failed on it themselves, by a
 *   delay growing with the phone's failures; a correct password from any other address is never
 *   refused because of them, so guessing cannot lock the owner out.
 */
export const THROTTLE = {
  windowMinutes: 15,
  /** failures of one address (any phones) in a window before it is refused */
  maxFailuresPerAddress: 100,
  /** failures of one phone (any addresses) in a window before delays start */
  freeFailuresPerPhone: 5,
  firstDelaySeconds: 1,
  maxDelaySeconds: 5 * 60,
};

export type ThrottleKeys = { address: string; phone: string; pair: string };

export function throttleKeys(phone: string, clientAddress: string): ThrottleKeys {
  return { address: `address:${clientAddress}`, phone: `phone:${phone}`, pair: `pair:${phone}|${clientAddress}` };
}

/** The wait after a failure from an address that already failed on this phone, given the phone's failures. */
export function delaySeconds(phoneFailures: number): number {
  if (phoneFailures < THROTTLE.freeFailuresPerPhone) return 0;
  const doublings = Math.min(phoneFailures - THROTTLE.freeFailuresPerPhone, 30);
  return Math.min(THROTTLE.firstDelaySeconds * 2 ** doublings, THROTTLE.maxDelaySeconds);
}

const windowStart = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);

/**
 * Whether an attempt may check the password at all. An attempt from an address under a delay
 * claims its turn atomically (moves the pair's clock), so concurrent guesses from there get one turn.
 */
export async function mayAttempt(keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  const rows = await db().signInFailure.findMany({
    where: { key: { in: [keys.address, keys.phone, keys.pair] }, windowStartedAt: { gte: windowStart(now) } },
    select: { key: true, failures: true },
  });
  const failures = (key: string) => rows.find((r) => r.key === key)?.failures ?? 0;
  if (failures(keys.address) >= THROTTLE.maxFailuresPerAddress) return false;
  if (failures(keys.pair) === 0) return true;
  const delay = delaySeconds(failures(keys.phone));
  if (delay === 0) return true;
  const claimed = await db().signInFailure.updateMany({
    where: { key: keys.pair, lastFailureAt: { lte: new Date(now.getTime() - delay * 1000) } },
    data: { lastFailureAt: now },
  });
  return claimed.count === 1;
}

/** Counts one failure on all three keys in a single statement (keys in a fixed order: no deadlocks). */
export async function recordFailure(keys: ThrottleKeys, now = new Date()): Promise<void> {
  const ordered = [keys.address, keys.pair, keys.phone].sort();
  const cutoff = windowStart(now);
  await db().$executeRaw`
    INSERT INTO "SignInFailure" ("key", "failures", "windowStartedAt", "lastFailureAt")
    VALUES ${Prisma.join(ordered.map((key) => Prisma.sql`(${key}, 1, ${now}, ${now})`))}
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInFailure"."windowStartedAt" < ${cutoff} THEN 1 ELSE "SignInFailure"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInFailure"."windowStartedAt" < ${cutoff} THEN ${now} ELSE "SignInFailure"."windowStartedAt" END,
      "lastFailureAt" = ${now}`;
}

/** A correct password forgives this address its failures on this phone (nothing else). */
export async function forgivePair(keys: ThrottleKeys): Promise<void> {
  await db().signInFailure.deleteMany({ where: { key: keys.pair } });
}

/** Counters older than a day matter to nobody; sign-in prunes them now and then. */
export async function pruneSignInFailures(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60_000);
  const { count } = await db().signInFailure.deleteMany({ where: { lastFailureAt: { lt: cutoff } } });
  return count;
}
