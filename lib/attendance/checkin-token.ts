import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../env.ts";

const WINDOW_MS = 60_000;

function key() {
  return createHmac("sha256", authSecret()).update("check-in tokens v1").digest();
}

function sign(activityId: string, window: number) {
  return createHmac("sha256", key()).update(`${activityId}.${window}`).digest("base64url").slice(0, 22);
}

/** The token shown in the check-in QR code: bound to one activity and one minute. */
export function createCheckinToken(activityId: string, now = Date.now()) {
  const window = Math.floor(now / WINDOW_MS);
  return { token: `${window}.${sign(activityId, window)}`, expiresAt: new Date((window + 1) * WINDOW_MS) };
}

/**
 * Valid for the minute it was made and the next one (a code scanned just before it changes
 * still works), for that activity only. Forged, expired and other activities' tokens fail.
 */
export function verifyCheckinToken(activityId: string, token: string, now = Date.now()): boolean {
  const [windowText, signature] = token.split(".");
  const window = Number(windowText);
  if (!Number.isInteger(window) || !signature) return false;
  const current = Math.floor(now / WINDOW_MS);
  if (window > current || window < current - 1) return false;
  const expected = Buffer.from(sign(activityId, window));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
