import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { notificationOwner } from "./notification-owner.ts";

export type CountUnreadNotificationsOptions = { actor: Actor | null };

/** Unread count for the bell: one count on the (userId, readAt, id) index. */
export async function countUnreadNotifications({ actor }: CountUnreadNotificationsOptions): Promise<number> {
  const userId = notificationOwner(actor);
  return db().notification.count({ where: { userId, readAt: null } });
}
