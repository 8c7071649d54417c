import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notificationOwner } from "./notification-owner.ts";
import { safeLink } from "./safe-link.ts";

/** Notification ids are bigint sequence values; anything else is simply not found. */
function parseId(id: string): bigint | null {
  return /^[1-9][0-9]{0,17}$/.test(id) ? BigInt(id) : null;
}

export type OpenNotificationOptions = { actor: Actor | null; input: { id: string } };

/**
 * Opening a notification: marks it read and returns where to go (a same-site path or null).
 * Someone else's id is not found and changes nothing.
 */
export async function openNotification({ actor, input }: OpenNotificationOptions): Promise<{ link: string | null }> {
  const userId = notificationOwner(actor);
  const id = parseId(input.id);
  if (id === null) throw new NotFoundError();
  const notification = await db().notification.findFirst({
    where: { id, userId },
    select: { id: true, link: true, readAt: true },
  });
  if (!notification) throw new NotFoundError();
  if (!notification.readAt) {
    await db().notification.updateMany({ where: { id: notification.id, userId, readAt: null }, data: { readAt: new Date() } });
  }
  return { link: safeLink(notification.link) };
}
