import { createHash, randomBytes } from "node:crypto";

/**
 * The resident's tracking link (/t/<token>): 160 random bits, base64url. Only the sha256 is stored
 * (Need.trackingHash); a lost slip is replaced by a new token, which voids the old one (decision 085).
 */
export function newTrackingToken(): { token: string; hash: string } {
  const token = randomBytes(20).toString("base64url");
  return { token, hash: trackingHash(token) };
}

export function trackingHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Shape check before any lookup: anything else is simply "not found". */
export function isTrackingToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{27}$/.test(value);
}
