import { describe, expect, it } from "vitest";
import { THROTTLE, verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { createUser, uniquePhone } from "@/prisma/factories";

const PASSWORD = "Right#2026pass";
let addressSeq = 0;
const freshAddress = () => `198.51.100.${++addressSeq}`;

describe("sign-in checks and throttling", () => {
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

  it("throttles a phone after repeated failures, even with the right password, and does not tell whether it exists", async () => {
    const user = await createUser({ password: PASSWORD });
    const unknown = uniquePhone();
    for (let i = 0; i < THROTTLE.maxFailuresPerPhone; i++) {
      await verifyCredentials({ phone: user.phone, password: `wrong-${i}`, clientAddress: freshAddress() });
      await verifyCredentials({ phone: unknown, password: `wrong-${i}`, clientAddress: freshAddress() });
    }
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress: freshAddress() })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await verifyCredentials({ phone: unknown, password: PASSWORD, clientAddress: freshAddress() })).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("counts concurrent guesses too", async () => {
    const user = await createUser({ password: PASSWORD });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        verifyCredentials({ phone: user.phone, password: `guess-${i}`, clientAddress: freshAddress() }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThanOrEqual(
      12 - THROTTLE.maxFailuresPerPhone,
    );
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({
      reason: "throttled",
    });
  });

  it("throttles one client address trying many phones", async () => {
    const clientAddress = freshAddress();
    for (let i = 0; i <= THROTTLE.maxFailuresPerAddress; i++) {
      await verifyCredentials({ phone: uniquePhone(), password: "guess", clientAddress });
    }
    const user = await createUser({ password: PASSWORD });
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({
      ok: true,
    });
  });

  it("lets failures expire with the window, since the state lives in the database", async () => {
    const user = await createUser({ password: PASSWORD });
    for (let i = 0; i <= THROTTLE.maxFailuresPerPhone; i++) {
      await verifyCredentials({ phone: user.phone, password: "wrong", clientAddress: freshAddress() });
    }
    const past = new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000);
    await db().signInAttempt.updateMany({ where: { phone: user.phone }, data: { createdAt: past } });
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({
      ok: true,
    });
  });

  it("starts counting again after a successful sign-in", async () => {
    const user = await createUser({ password: PASSWORD });
    for (let i = 0; i < THROTTLE.maxFailuresPerPhone - 1; i++) {
      await verifyCredentials({ phone: user.phone, password: "wrong", clientAddress: freshAddress() });
    }
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < THROTTLE.maxFailuresPerPhone - 1; i++) {
      await verifyCredentials({ phone: user.phone, password: "wrong", clientAddress: freshAddress() });
    }
    expect(await verifyCredentials({ phone: user.phone, password: PASSWORD, clientAddress: freshAddress() })).toMatchObject({
      ok: true,
    });
  });
});
