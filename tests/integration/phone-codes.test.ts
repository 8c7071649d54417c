import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute";
import type { Actor } from "@/lib/auth/actor";
import { resetPassword } from "@/lib/auth/reset-password";
import { createSessionRow } from "@/lib/auth/session-rows";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { registerMember } from "@/lib/members/register-member";
import { registerMemberSchema } from "@/lib/members/schema";
import { checkPhoneCode, MAX_ATTEMPTS } from "@/lib/phone-codes/phone-code-proof";
import { resetPasswordSchema, sendPhoneCodeSchema } from "@/lib/phone-codes/schema";
import { sendPhoneCode } from "@/lib/phone-codes/send-phone-code";
import type { SmsProvider } from "@/lib/sms/sms-provider";
import { createMember, createUser, uniquePhone } from "@/prisma/factories";
import { receiveCode, uniqueAddress } from "../support/phone-codes";
import { createStreetWorld } from "../support/world";

const VISITOR: Actor = { userId: "", name: "", phone: "", grants: [], active: null };
const MINUTE = 60_000;

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

describe("one-time SMS codes", () => {
  it("are six digits, sent through the console provider, and stored only as a keyed hash", async () => {
    const phone = uniquePhone();
    const code = await receiveCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const rows = await db().phoneCode.findMany({ where: { phone } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.codeHash).not.toContain(code);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(5 * MINUTE);
    // nowhere else in the database but the console outbox (which only the demo provider fills)
    const [{ hits }] = await db().$queryRaw<{ hits: bigint }[]>`
      SELECT count(*) AS hits FROM "PhoneCode" WHERE phone = ${phone} AND (row_to_json("PhoneCode")::text LIKE ${`%${code}%`})`;
    expect(Number(hits)).toBe(0);
    expect((await db().smsOutbox.findFirstOrThrow({ where: { phone } })).text).toContain(code);
  });

  it("prove a phone once: a used code is refused", async () => {
    const phone = uniquePhone();
    const code = await receiveCode(phone);
    const id = await checkPhoneCode({ phone, purpose: "REGISTER", code });
    await db().$transaction(async (tx) => {
      const { spendPhoneCode } = await import("@/lib/phone-codes/phone-code-proof");
      await spendPhoneCode(tx, id);
    });
    const again = await rejection(checkPhoneCode({ phone, purpose: "REGISTER", code }));
    expect(again.fieldErrors).toEqual({ code: "phoneCode.invalid" });
  });

  it("expire after five minutes, and only for their own purpose and phone", async () => {
    const phone = uniquePhone();
    const sentAt = new Date();
    const code = await receiveCode(phone, "REGISTER", sentAt);
    await expect(checkPhoneCode({ phone, purpose: "RESET", code })).rejects.toThrow(UserFacingError);
    await expect(checkPhoneCode({ phone: uniquePhone(), purpose: "REGISTER", code })).rejects.toThrow(UserFacingError);
    const late = new Date(sentAt.getTime() + 5 * MINUTE + 1000);
    await expect(checkPhoneCode({ phone, purpose: "REGISTER", code, now: late })).rejects.toThrow(UserFacingError);
    expect(await checkPhoneCode({ phone, purpose: "REGISTER", code, now: new Date(sentAt.getTime() + 4 * MINUTE) })).toBeTruthy();
  });

  it(`allow ${MAX_ATTEMPTS} attempts per code; after that even the right code is refused`, async () => {
    const phone = uniquePhone();
    const code = await receiveCode(phone);
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await expect(checkPhoneCode({ phone, purpose: "REGISTER", code: wrong })).rejects.toThrow(UserFacingError);
    }
    await expect(checkPhoneCode({ phone, purpose: "REGISTER", code })).rejects.toThrow(UserFacingError);
    expect((await db().phoneCode.findFirstOrThrow({ where: { phone } })).attempts).toBe(MAX_ATTEMPTS);
  });

  it("count attempts atomically: of 20 concurrent guesses at most the limit are checked", async () => {
    const phone = uniquePhone();
    await receiveCode(phone);
    const guesses = Array.from({ length: 20 }, (_, i) => String(100000 + i));
    await Promise.allSettled(guesses.map((code) => checkPhoneCode({ phone, purpose: "REGISTER", code })));
    expect((await db().phoneCode.findFirstOrThrow({ where: { phone } })).attempts).toBe(MAX_ATTEMPTS);
  });

  it("a newer code replaces the older one", async () => {
    const phone = uniquePhone();
    const t0 = new Date(Date.now() - 2 * MINUTE);
    const first = await receiveCode(phone, "REGISTER", t0);
    const second = await receiveCode(phone, "REGISTER", new Date(t0.getTime() + 61_000));
    if (first !== second)
      await expect(checkPhoneCode({ phone, purpose: "REGISTER", code: first })).rejects.toThrow(UserFacingError);
    expect(await checkPhoneCode({ phone, purpose: "REGISTER", code: second })).toBeTruthy();
  });
});

describe("sending codes is throttled", () => {
  const send = (phone: string, clientAddress: string, now: Date) =>
    sendPhoneCode({ input: { phone, purpose: "REGISTER" }, clientAddress, now });

  it("per phone: one a minute, five an hour; refused requests do not push the limit further", async () => {
    const phone = uniquePhone();
    const t0 = new Date(Date.now() - 2 * 3600_000);
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    await send(phone, uniqueAddress(), at(0));
    expect((await rejection(send(phone, uniqueAddress(), at(30)))).messageKey).toBe("throttle.tooMany");
    await send(phone, uniqueAddress(), at(61)); // the refusal at 30 s did not count
    await send(phone, uniqueAddress(), at(130));
    await send(phone, uniqueAddress(), at(200));
    await send(phone, uniqueAddress(), at(300));
    expect((await rejection(send(phone, uniqueAddress(), at(400)))).messageKey).toBe("throttle.tooMany");
    await send(phone, uniqueAddress(), at(3601));
  });

  it("per address: ten in ten minutes, whatever the phones", async () => {
    const address = uniqueAddress();
    const now = new Date();
    for (let i = 0; i < 10; i++) await send(uniquePhone(), address, now);
    expect((await rejection(send(uniquePhone(), address, now))).messageKey).toBe("throttle.tooMany");
    await send(uniquePhone(), uniqueAddress(), now);
  });

  it("holds under concurrency: of 10 simultaneous sends to one phone, one goes through", async () => {
    const phone = uniquePhone();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => send(phone, uniqueAddress(), new Date())));
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(1);
    expect(await db().phoneCode.count({ where: { phone } })).toBeLessThanOrEqual(1);
  });
});

describe("the answer does not tell whether a phone is known", () => {
  const sendDefinition = {
    schema: sendPhoneCodeSchema,
    run: async ({ input }: { input: { phone: string; purpose: "REGISTER" | "RESET" } }) => {
      await sendPhoneCode({ input, clientAddress: uniqueAddress() });
      return null;
    },
    successMessage: "phoneCode.sent",
  };
  const withoutPhone = ({ values, ...rest }: { values?: Record<string, unknown> }) => ({
    ...rest,
    values: { ...values, phone: "…" },
  });

  it("sending a reset code: same answer, a code row either way; the SMS only to an account, after the answer", async () => {
    const known = await createUser({ password: "Member@2026" });
    const unknown = uniquePhone();
    const a = await executeAction(sendDefinition, VISITOR, form({ phone: known.phone, purpose: "RESET" }));
    const b = await executeAction(sendDefinition, VISITOR, form({ phone: unknown, purpose: "RESET" }));
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(await db().phoneCode.count({ where: { phone: known.phone, purpose: "RESET" } })).toBe(1);
    expect(await db().phoneCode.count({ where: { phone: unknown, purpose: "RESET" } })).toBe(1);

    // a slow provider does not hold the answer: the caller is answered before the SMS has left
    let delivered = false;
    const slow: SmsProvider = {
      name: "console",
      sendCode: () => new Promise((resolve) => setTimeout(() => resolve((delivered = true) && undefined), 300)),
    };
    const other = await createUser({});
    const { delivery } = await sendPhoneCode({
      input: { phone: other.phone, purpose: "RESET" },
      clientAddress: uniqueAddress(),
      provider: slow,
    });
    expect(delivered).toBe(false);
    await delivery;
    expect(delivered).toBe(true);

    await new Promise((resolve) => setImmediate(resolve));
    expect(await db().smsOutbox.count({ where: { phone: unknown } })).toBe(0);
  });

  it("/register with a phone on the roster or an account answers exactly as for a new phone", async () => {
    const world = await createStreetWorld();
    const onRoster = await createMember({ communityId: world.community.id, phone: uniquePhone(), status: "ACTIVE" });
    const withAccount = await createUser({ password: "Member@2026" });
    const definition = {
      schema: registerMemberSchema,
      run: ({ input }: { input: Parameters<typeof registerMember>[0]["input"] }) =>
        registerMember({ input, clientAddress: uniqueAddress() }),
    };
    const answer = (phone: string) =>
      executeAction(
        definition,
        VISITOR,
        form({
          name: "周晓东",
          gender: "MALE",
          phone,
          code: "123456",
          password: "Report#2026",
          communityId: world.community.id,
          gridId: world.grid.id,
          buildingId: world.building.id,
          room: "502",
          kind: "RESIDENT",
          consent: "on",
        }),
      );
    const answers = [await answer(onRoster.phone), await answer(withAccount.phone), await answer(uniquePhone())];
    expect(answers[0]).toMatchObject({ ok: false, fieldErrors: { code: "phoneCode.invalid" } });
    expect(withoutPhone(answers[1]!)).toEqual(withoutPhone(answers[0]!));
    expect(withoutPhone(answers[2]!)).toEqual(withoutPhone(answers[0]!));
    expect(await db().member.findUniqueOrThrow({ where: { id: onRoster.id } })).toMatchObject({ userId: null });
  });

  it("a reset attempt answers the same for a known and an unknown phone", async () => {
    const known = await createUser({ password: "Member@2026" });
    const definition = {
      schema: resetPasswordSchema,
      run: ({ input }: { input: Parameters<typeof resetPassword>[0]["input"] }) =>
        resetPassword({ input, clientAddress: uniqueAddress() }),
    };
    const answer = (phone: string) =>
      executeAction(
        definition,
        VISITOR,
        form({ phone, code: "123456", newPassword: "Brand#New2026", confirmPassword: "Brand#New2026" }),
      );
    const a = await answer(known.phone);
    const b = await answer(uniquePhone());
    expect(a).toMatchObject({ ok: false, fieldErrors: { code: "phoneCode.invalid" } });
    expect(withoutPhone(b)).toEqual(withoutPhone(a));
  });
});

describe("password reset by SMS code", () => {
  it("ends every session of the account, like a change of password", async () => {
    const user = await createUser({ password: "Forgot@2026" });
    const bystander = await createUser({});
    await createSessionRow(user.id);
    await createSessionRow(user.id);
    await createSessionRow(bystander.id);
    const code = await receiveCode(user.phone, "RESET");
    await resetPassword({
      input: { phone: user.phone, code, newPassword: "Remember#2026", confirmPassword: "Remember#2026" },
      clientAddress: uniqueAddress(),
    });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().session.count({ where: { userId: bystander.id } })).toBe(1);
  });

  it("sets the new password through the shared path, audited, once per code; the old password stops working", async () => {
    const user = await createUser({ password: "Forgot@2026" });
    const address = uniqueAddress();
    const code = await receiveCode(user.phone, "RESET");
    await resetPassword({
      input: { phone: user.phone, code, newPassword: "Remember#2026", confirmPassword: "Remember#2026" },
      clientAddress: address,
    });
    expect(await verifyCredentials({ phone: user.phone, password: "Remember#2026", clientAddress: address })).toMatchObject({
      ok: true,
    });
    expect(await verifyCredentials({ phone: user.phone, password: "Forgot@2026", clientAddress: address })).toMatchObject({
      ok: false,
    });
    expect(await db().auditEvent.count({ where: { entityId: user.id, action: "user.resetPassword", actorId: user.id } })).toBe(1);

    const again = await rejection(
      resetPassword({
        input: { phone: user.phone, code, newPassword: "Another#2026", confirmPassword: "Another#2026" },
        clientAddress: address,
      }),
    );
    expect(again.fieldErrors).toEqual({ code: "phoneCode.invalid" });
  });

  it("a register code does not reset a password, and a disabled account gets no reset", async () => {
    const user = await createUser({ password: "Forgot@2026" });
    const registerCode = await receiveCode(user.phone, "REGISTER");
    const wrongPurpose = await rejection(
      resetPassword({
        input: { phone: user.phone, code: registerCode, newPassword: "Remember#2026", confirmPassword: "Remember#2026" },
        clientAddress: uniqueAddress(),
      }),
    );
    expect(wrongPurpose.fieldErrors).toEqual({ code: "phoneCode.invalid" });

    const disabled = await createUser({});
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await sendPhoneCode({ input: { phone: disabled.phone, purpose: "RESET" }, clientAddress: uniqueAddress() }).then(
      (r) => r.delivery,
    );
    expect(await db().smsOutbox.count({ where: { phone: disabled.phone } })).toBe(0);
  });

  it("throttles reset attempts per phone", async () => {
    const user = await createUser({});
    const messages: string[] = [];
    for (let i = 0; i < 6; i++) {
      const error = await rejection(
        resetPassword({
          input: { phone: user.phone, code: "123456", newPassword: "Remember#2026", confirmPassword: "Remember#2026" },
          clientAddress: uniqueAddress(),
        }),
      );
      messages.push(error.fieldErrors?.code ?? error.messageKey);
    }
    expect(messages).toEqual([...Array(5).fill("phoneCode.invalid"), "throttle.tooMany"]);
  });
});
