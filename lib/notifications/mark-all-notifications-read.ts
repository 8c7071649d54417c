import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { notificationOwner } from "./notification-owner.ts";

export type MarkAllNotificationsReadOptions = { actor: Actor | null };

/** Marks all of the actor's unread notifications read. */
export async function markAllNotificationsRead({ actor }: MarkAllNotificationsReadOptions): Promise<{ count: number }> {
  const userId = notificationOwner(actor);
  const { count } = await db().notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return { count };
}
