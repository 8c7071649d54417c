import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { notificationOwner } from "./notification-owner.ts";
import { safeLink } from "./safe-link.ts";

export const NOTIFICATIONS_PAGE_SIZE = 30;

export type NotificationItem = {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  /** a same-site path, or null when there is none (or the stored one is unsafe) */
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

export type ListNotificationsOptions = { actor: Actor | null; input?: { page?: number } };

/** The actor's own notifications, newest first, 30 per page. */
export async function listNotifications({ actor, input = {} }: ListNotificationsOptions) {
  const userId = notificationOwner(actor);
  const pageSize = NOTIFICATIONS_PAGE_SIZE;
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1) || 1), 10_000);
  const [rows, total, unread] = await Promise.all([
    db().notification.findMany({
      where: { userId },
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    db().notification.count({ where: { userId } }),
    db().notification.count({ where: { userId, readAt: null } }),
  ]);
  const items: NotificationItem[] = rows.map((n) => ({
    id: n.id.toString(),
    kind: n.kind,
    params: n.params && typeof n.params === "object" && !Array.isArray(n.params) ? (n.params as Record<string, unknown>) : {},
    link: safeLink(n.link),
    readAt: n.readAt,
    createdAt: n.createdAt,
  }));
  return { items, total, unread, page, pageSize };
}
