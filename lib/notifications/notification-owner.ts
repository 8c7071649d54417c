import type { Actor } from "../auth/actor.ts";
import { ForbiddenError } from "../errors.ts";

/**
 * Notifications belong to the person, not to a role: any signed-in actor sees their own, and
 * every `where` below is scoped by this user id.
 */
export function notificationOwner(actor: Actor | null): string {
  if (!actor) throw new ForbiddenError();
  return actor.userId;
}
