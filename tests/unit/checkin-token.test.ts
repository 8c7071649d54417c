import { describe, expect, it, vi } from "vitest";
import { createCheckinToken, verifyCheckinToken } from "@/lib/attendance/checkin-token";

// the tokens are signed with the session secret (npm test sets one; a run on its own may not)
vi.stubEnv("AUTH_SECRET", "unit-test-secret-for-check-in-tokens-0123456789");

const ACTIVITY = "0195d7a0-0000-7000-8000-000000000001";
const OTHER = "0195d7a0-0000-7000-8000-000000000002";
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 26, 1, 0, 0); // on a minute boundary

describe("check-in token", () => {
  it("is valid for its minute and the next, for its activity only", () => {
    const { token, expiresAt } = createCheckinToken(ACTIVITY, T0 + 10_000);
    expect(expiresAt).toEqual(new Date(T0 + MINUTE));
    expect(verifyCheckinToken(ACTIVITY, token, T0 + 10_000)).toBe(true);
    expect(verifyCheckinToken(ACTIVITY, token, T0 + MINUTE + 59_000)).toBe(true);
    expect(verifyCheckinToken(ACTIVITY, token, T0 + 2 * MINUTE)).toBe(false);
    expect(verifyCheckinToken(ACTIVITY, token, T0 - 1)).toBe(false);
    expect(verifyCheckinToken(OTHER, token, T0 + 10_000)).toBe(false);
  });

  it("refuses forged and malformed tokens", () => {
    const { token } = createCheckinToken(ACTIVITY, T0);
    const [window, signature] = token.split(".");
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    for (const bad of [`${window}.${flipped}`, `${window}.`, `${Number(window) + 1}.${signature}`, "x.y", "", signature]) {
      expect(verifyCheckinToken(ACTIVITY, bad, T0), bad).toBe(false);
    }
  });
});
