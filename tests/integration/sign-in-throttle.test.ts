import { describe, expect, it } from "vitest";
import { delaySeconds, THROTTLE, throttleKeys } from "@/lib/auth/sign-in-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { createUser, uniquePhone } from "@/prisma/factories";

const PASSWORD = "Right#2026pass";
let addressSeq = 0;
const freshAddress = () => `198.51.${Math.floor(++addressSeq / 250)}.${addressSeq % 250}`;
const failuresOf = async (key: string) => (await db().signInFailure.findUnique({ where: { key } }))?.failures ?? 0;
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

async function guess(phone: string, clientAddress: string, times: number, now?: Date) {
  for (let i = 0; i < times; i++) await verifyCredentials({ phone, password: `wrong-${i}`, clientAddress, now });
}

describe("sign-in checks", () => {
  it("accepts the right password and refuses a wrong one or an unknown phone alike", async () => {
    const user = await createUser({ password: PASSWORD });
    const clientAddress = freshAddress();
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress })).toEqual({
      ok: true,
      userId: user.id,
    });
    expect(await verifyCredentials({ phone: user.phone, password: "wrong-password", clientAddress })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyCredentials({ phone: uniquePhone(), password: PASSWORD, clientAddress })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("guessing cannot lock the owner out (issue 13.4)", () => {
  it("never refuses a correct password from an address with no failures, whatever other addresses did", async () => {
    const owner = await createUser({ password: PASSWORD });
    for (let i = 0; i < 30; i++) await guess(owner.phone, freshAddress(), 1);
    expect(await failuresOf(`phone:${owner.phone}`)).toBe(30);
    expect(await verifyCredentials({ phone: owner.phone, password: PASSWORD, clientAddress: freshAddress() })).toEqual({
      ok: true,
      userId: owner.id,
    });
  });

  it("slows an address that keeps guessing one phone by growing delays, and lets it in after the delay", async () => {
    const owner = await createUser({ password: PASSWORD });
    const address = freshAddress();
    const t0 = Date.now();
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    await guess(owner.phone, address, THROTTLE.freeFailuresPerPhone, at(0));
    // right away: refused, even with the right password, and the refusal is not counted
    expect(await verifyCredentials({ phone: owner.phone, password: PASSWORD, clientAddress: address, now: at(0) })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await failuresOf(`phone:${owner.phone}`)).toBe(THROTTLE.freeFailuresPerPhone);
    // after the delay the same address may try again; a wrong guess doubles the next delay
    const first = delaySeconds(THROTTLE.freeFailuresPerPhone);
    expect(await verifyCredentials({ phone: owner.phone, password: "wrong", clientAddress: address, now: at(first) })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(delaySeconds(THROTTLE.freeFailuresPerPhone + 1)).toBe(first * 2);
    const tooSoon = at(first + first);
    expect(
      await verifyCredentials({ phone: owner.phone, password: PASSWORD, clientAddress: address, now: tooSoon }),
    ).toMatchObject({
      reason: "throttled",
    });
    const afterDelay = at(first + 2 * first);
    expect(
      await verifyCredentials({ phone: owner.phone, password: PASSWORD, clientAddress: address, now: afterDelay }),
    ).toMatchObject({ ok: true });
  });

  it("caps the delay, so even a phone under a long attack is only ever a few minutes away", () => {
    expect(delaySeconds(0)).toBe(0);
    expect(delaySeconds(THROTTLE.freeFailuresPerPhone - 1)).toBe(0);
    expect(delaySeconds(1000)).toBe(THROTTLE.maxDelaySeconds);
    expect(THROTTLE.maxDelaySeconds).toBeLessThanOrEqual(5 * 60);
  });

  it("counts concurrent failures exactly (one statement per failure)", async () => {
    const owner = await createUser({ password: PASSWORD });
    const address = freshAddress();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        verifyCredentials({ phone: owner.phone, password: `guess-${i}`, clientAddress: `${address}-${i}` }),
      ),
    );
    expect(await failuresOf(`phone:${owner.phone}`)).toBe(25);
  });

  it("gives concurrent guesses from an address under a delay one turn between them", async () => {
    const owner = await createUser({ password: PASSWORD });
    const address = freshAddress();
    const t0 = new Date();
    await guess(owner.phone, address, THROTTLE.freeFailuresPerPhone + 2, t0);
    const now = new Date(t0.getTime() + delaySeconds(THROTTLE.freeFailuresPerPhone + 2) * 1000);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        verifyCredentials({ phone: owner.phone, password: `burst-${i}`, clientAddress: address, now }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(11);
  });

  it("treats an unknown phone like a known one, so the answer does not tell which exists", async () => {
    const owner = await createUser({ password: PASSWORD });
    const unknown = uniquePhone();
    const address = freshAddress();
    const now = new Date();
    await guess(owner.phone, address, THROTTLE.freeFailuresPerPhone, now);
    await guess(unknown, address, THROTTLE.freeFailuresPerPhone, now);
    for (const phone of [owner.phone, unknown]) {
      expect(await verifyCredentials({ phone, password: PASSWORD, clientAddress: address, now })).toEqual({
        ok: false,
        reason: "throttled",
      });
    }
  });

  it("lets counts restart with a new window, since the state lives in the database", async () => {
    const owner = await createUser({ password: PASSWORD });
    const address = freshAddress();
    await guess(owner.phone, address, THROTTLE.freeFailuresPerPhone + 3);
    const next = later(THROTTLE.windowMinutes * 60 + 1);
    expect(await verifyCredentials({ phone: owner.phone, password: PASSWORD, clientAddress: address, now: next })).toMatchObject({
      ok: true,
    });
  });
});

describe("a crowd on one network (issue 15.5)", () => {
  it("lets 200 members sign in from one address within a minute, while guessing from it stays throttled", async () => {
    const address = freshAddress();
    const members = await Promise.all(Array.from({ length: 200 }, () => createUser({ password: PASSWORD })));
    const started = Date.now();
    const results = [];
    for (let i = 0; i < members.length; i += 20) {
      const batch = members.slice(i, i + 20);
      // a few typos in the crowd, as there are on phones
      await verifyCredentials({ phone: batch[0].phone, password: "typo", clientAddress: address });
      results.push(
        ...(await Promise.all(
          batch.map((m) => verifyCredentials({ phone: m.phone, password: PASSWORD, clientAddress: address })),
        )),
      );
    }
    const seconds = (Date.now() - started) / 1000;
    expect(results.filter((r) => r.ok)).toHaveLength(200);
    expect(seconds).toBeLessThan(60);
    console.info(`crowd: 200 correct sign-ins and 10 typos from one address in ${seconds.toFixed(1)} s`);
    expect(await failuresOf(throttleKeys("", address).address)).toBe(10);

    // someone on the same network guesses many phones: refused once the address's limit is reached
    for (let i = 10; i < THROTTLE.maxFailuresPerAddress; i++) {
      expect(await verifyCredentials({ phone: uniquePhone(), password: "guess", clientAddress: address })).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await verifyCredentials({ phone: uniquePhone(), password: "guess", clientAddress: address })).toEqual({
      ok: false,
      reason: "throttled",
    });
    // other addresses are not affected
    expect(await verifyCredentials({ phone: members[0].phone, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject(
      {
        ok: true,
      },
    );
  });
});
