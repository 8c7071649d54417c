import { pageTitle } from "@/lib/i18n/page-title";
import type { Metadata } from "next";
import { getFormatter, getNow, getTimeZone, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { AppShell } from "@/components/shell/app-shell";
import { MemberShell } from "@/components/shell/member-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { getPageActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { notificationValues } from "@/lib/notifications/notification-values";
import { shellActions } from "@/app/shell-actions";
import { plainFormAction } from "@/lib/actions/types";
import { parsePage } from "@/lib/validation/fields";
import { markAllNotificationsReadAction, openNotificationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await getPageActor();
  const role = actor?.active?.role;
  const area = role === "ADMIN" ? "admin" : role === "SECRETARY" ? "community" : role === "UNIT_ADMIN" ? "unit" : "member";
  return pageTitle(area, { key: "pageTitles.notifications" });
}

/** For every signed-in role, so outside the role groups; shown in the shell of the active role. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await getPageActor();
  if (!actor) redirect("/login");
  const { page: pageParam } = await searchParams;
  const [t, format, now, timeZone] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    getNow(),
    getTimeZone(),
  ]);
  const { items, total, unread, page, pageSize } = await listNotifications({ actor, input: { page: parsePage(pageParam) } });

  const text = (kind: string, params: Record<string, unknown>) => {
    const key = `kinds.${kind}`;
    if (!t.has(key)) return t("unknownKind");
    const values = notificationValues(params, {
      now,
      timeZone,
      time: (d) => format.dateTime(d, { hour: "2-digit", minute: "2-digit" }),
      date: (d) => format.dateTime(d, { month: "long", day: "numeric" }),
    });
    return t(key, values);
  };

  return (
    <Shell actor={actor} unread={unread} title={t("title")} homeLabel={t("backHome")}>
      <PageHeader
        title={t("title")}
        description={unread ? t("unreadCount", { count: unread }) : t("description")}
        actions={
          unread ? (
            <ActionForm
              action={markAllNotificationsReadAction}
              submitLabel={t("markAllRead")}
              submitVariant="secondary"
              className="flex flex-col items-end gap-2"
            />
          ) : null
        }
      />
      {items.length ? (
        <ul className="divide-y divide-gray-100 overflow-hidden rounded-lg border border-gray-200 bg-white">
          {items.map((n) => {
            const isUnread = !n.readAt;
            return (
              <li key={n.id}>
                <form action={plainFormAction(openNotificationAction)}>
                  <input type="hidden" name="id" value={n.id} />
                  <button
                    type="submit"
                    data-unread={isUnread || undefined}
                    className={`block min-h-14 w-full border-l-4 px-4 py-3 text-left hover:bg-gray-50 ${isUnread ? "border-accent bg-red-50/60" : "border-transparent"}`}
                  >
                    <span className="flex items-start gap-2">
                      {isUnread ? (
                        <span className="mt-0.5 shrink-0 rounded bg-accent px-1.5 text-xs leading-5 font-semibold text-white">
                          {t("unread")}
                        </span>
                      ) : null}
                      <span className={isUnread ? "font-semibold text-gray-900" : "text-gray-700"}>{text(n.kind, n.params)}</span>
                    </span>
                    <time
                      dateTime={n.createdAt.toISOString()}
                      title={format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      className="mt-1 block text-sm text-gray-600"
                    >
                      {format.relativeTime(n.createdAt, now)}
                    </time>
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState message={t("empty")} />
      )}
      {total ? <Pagination page={page} pageSize={pageSize} total={total} params={{}} /> : null}
    </Shell>
  );
}

/**
 * The active role's shell with a minimal navigation (back to the role's home, and this page):
 * the role layouts keep their nav items inline, so this page does not repeat them.
 */
function Shell({
  actor,
  unread,
  title,
  homeLabel,
  children,
}: {
  actor: Actor;
  unread: number;
  title: string;
  homeLabel: string;
  children: ReactNode;
}) {
  const nav = [
    { href: actor.active ? ROLE_HOME[actor.active.role] : "/", label: homeLabel, exact: true },
    { href: "/notifications", label: title },
  ];
  return actor.active?.role === "MEMBER" ? (
    <MemberShell actor={actor} tabs={nav} actions={shellActions} unread={unread}>
      {children}
    </MemberShell>
  ) : (
    <AppShell actor={actor} nav={nav} actions={shellActions} unread={unread}>
      {children}
    </AppShell>
  );
}
