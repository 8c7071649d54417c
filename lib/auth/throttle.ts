import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";

export type Limit = { max: number; seconds: number };

/**
 * Limits of the public forms, per client address and per phone. An address may be a community
 * hall's shared line on a registration day, so its limits are wider than a phone's; the SMS code
 * is what really stops mass registration (every account needs a phone that answers).
 */
export const PUBLIC_FORM_LIMITS = {
  /** sending a one-time code: the SMS bill and the recipient's patience */
  sendCode: {
    phone: [
      { max: 1, seconds: 60 },
      { max: 5, seconds: 3600 },
    ],
    address: [
      { max: 10, seconds: 600 },
      { max: 40, seconds: 3600 },
    ],
  },
  register: {
    phone: [{ max: 5, seconds: 3600 }],
    address: [
      { max: 10, seconds: 600 },
      { max: 40, seconds: 3600 },
    ],
  },
  unitRegister: {
    phone: [{ max: 5, seconds: 3600 }],
    address: [{ max: 10, seconds: 3600 }],
  },
  resetPassword: {
    phone: [{ max: 5, seconds: 3600 }],
    address: [{ max: 20, seconds: 3600 }],
  },
  /** a resident's need: a few a day per phone; an address may be a neighbourhood's shared Wi-Fi */
  postNeed: {
    phone: [
      { max: 3, seconds: 3600 },
      { max: 6, seconds: 86400 },
    ],
    address: [
      { max: 10, seconds: 600 },
      { max: 30, seconds: 86400 },
    ],
  },
} as const satisfies Record<string, { phone: readonly Limit[]; address: readonly Limit[] }>;

export type PublicForm = keyof typeof PUBLIC_FORM_LIMITS;

type Rule = { bucket: string; key: string; limits: readonly Limit[] };

/**
 * Counts one use against each rule and answers whether all stay within their limits. The use is
 * written before counting, so concurrent requests (on any app instance) see each other; a refused
 * use is taken back, so a flood of refused requests does not keep the limit closed for longer.
 */
export async function takeThrottle(rules: Rule[], now = new Date()): Promise<boolean> {
  const prisma = db();
  const hits = await prisma.$transaction(
    rules.map((rule) =>
      prisma.throttleHit.create({ data: { bucket: rule.bucket, key: rule.key, createdAt: now }, select: { id: true } }),
    ),
  );
  const counts = await Promise.all(
    rules.flatMap((rule) =>
      rule.limits.map(async (limit) => {
        const since = new Date(now.getTime() - limit.seconds * 1000);
        const used = await prisma.throttleHit.count({
          where: { bucket: rule.bucket, key: rule.key, createdAt: { gt: since, lte: now } },
        });
        return used <= limit.max;
      }),
    ),
  );
  const allowed = counts.every(Boolean);
  if (!allowed) await prisma.throttleHit.deleteMany({ where: { id: { in: hits.map((h) => h.id) } } });
  if (Math.random() < 0.01) {
    void prisma.throttleHit
      .deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } })
      .catch((error: unknown) => console.error("prune throttle hits", error));
  }
  return allowed;
}

/** Every public form calls this first: per address and per phone, the same answer for any phone. */
export async function throttlePublicForm(
  form: PublicForm,
  options: {
    phone: string;
    clientAddress: string;
    now?: Date;
    /** the phone's key when it is narrower than the phone */ key?: string;
  },
) {
  const limits = PUBLIC_FORM_LIMITS[form];
  const allowed = await takeThrottle(
    [
      { bucket: `${form}:address`, key: options.clientAddress, limits: limits.address },
      { bucket: `${form}:phone`, key: options.key ?? options.phone, limits: limits.phone },
    ],
    options.now,
  );
  if (!allowed) throw new UserFacingError("throttle.tooMany");
}
