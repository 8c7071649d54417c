import { Bell } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unreadBadge } from "@/lib/notifications/unread-badge";

/** The bell in the shells' top bars: a link to /notifications with the unread count (counted by the layout). */
export async function NotificationBell({ count }: { count: number }) {
  const t = await getTranslations("notifications");
  const badge = unreadBadge(count);
  return (
    <Link
      href="/notifications"
      aria-label={t("bellLabel", { count })}
      title={t("bellLabel", { count })}
      className="relative inline-flex min-h-9 min-w-9 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100"
    >
      <Bell aria-hidden className="h-5 w-5" />
      {badge ? (
        <span
          aria-hidden
          className="tabular absolute -top-1 -right-1 min-w-5 rounded-full bg-accent px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {badge}
        </span>
      ) : null}
    </Link>
  );
}
