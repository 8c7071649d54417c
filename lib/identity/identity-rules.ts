import { randomUUID } from "node:crypto";

/**
 * Pure rules of the member card (亮身份), docs/decisions/084. A check token is 32 hex characters
 * (122 random bits, the same shape as the database default): anything else is never looked up.
 */
export function isCheckToken(token: string): boolean {
  return /^[0-9a-f]{32}$/.test(token);
}

/** A new token (rotation): a random UUID without its dashes, as the column's default makes it. */
export function newCheckToken(): string {
  return randomUUID().replaceAll("-", "");
}

/** The public pages show only the surname: 张伟 → 张*, 欧阳娜娜 → 欧***. */
export function maskSurname(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return "*";
  return `${chars[0]}${"*".repeat(Math.max(1, chars.length - 1))}`;
}

export type CardValidity = "valid" | "movedOut" | "disabled" | "notVerified";

/** Whether a card still vouches for its holder: an active entry of an account that is not disabled. */
export function cardValidity(member: {
  status: string;
  movedOutAt: Date | null;
  user: { disabledAt: Date | null } | null;
}): CardValidity {
  if (member.status === "MOVED_OUT" || member.movedOutAt) return "movedOut";
  if (member.user?.disabledAt) return "disabled";
  if (member.status !== "ACTIVE") return "notVerified";
  return "valid";
}

export const checkPath = (token: string) => `/check/${token}`;
export const noticePath = (token: string) => `/notice/${token}`;
