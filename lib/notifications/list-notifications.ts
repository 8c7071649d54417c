import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { ForbiddenError } from "../errors.ts";
import { safeLink } from "./safe-link.ts";

export const NOTIFICATIONS_PAGE_SIZE = 30;

/**
 * Notifications belong to the person, not to a role: any signed-in actor sees their own, and
 * every `where` below is scoped by this user id.
 */
export function notificationOwner(actor: Actor | null): string {
  if (!actor) throw new ForbiddenError();
  return actor.userId;
}

/** Unread count for the bell: one count on the (userId, readAt, id) index. */
export async function countUnreadNotifications(options: { actor: Actor | null }): Promise<number> {
  const userId = notificationOwner(options.actor);
  return db().notification.count({ where: { userId, readAt: null } });
}

/** What the bell's badge shows: nothing at 0, "99+" above 99. */
export function unreadBadge(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? "99+" : String(count);
}

export type NotificationItem = {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  /** a same-site path, or null when there is none (or the stored one is unsafe) */
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** The actor's own notifications, newest first, 30 per page. */
export async function listNotifications(options: { actor: Actor | null; page?: number }) {
  const userId = notificationOwner(options.actor);
  const pageSize = NOTIFICATIONS_PAGE_SIZE;
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), 10_000);
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
