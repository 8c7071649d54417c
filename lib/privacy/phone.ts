import type { Actor } from "../auth/actor.ts";

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}

/**
 * Phone numbers in full only for the member themself and the secretaries of the member's
 * community; masked for everyone else (street admins, work units, other communities).
 */
export function canSeeFullPhone(viewer: Actor, member: { communityId: string; userId?: string | null }): boolean {
  if (member.userId && member.userId === viewer.userId) return true;
  return viewer.active?.role === "SECRETARY" && viewer.active.orgId === member.communityId;
}

export function phoneFor(viewer: Actor, member: { communityId: string; userId?: string | null; phone: string }): string {
  return canSeeFullPhone(viewer, member) ? member.phone : maskPhone(member.phone);
}
