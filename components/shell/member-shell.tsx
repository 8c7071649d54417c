import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { NotificationBell } from "../notifications/notification-bell";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavItem } from "./nav-links";
import { SkipLink } from "./skip-link";
import type { ShellActions } from "./shell-actions";

/** Mobile-first layout for members: top bar, one column, bottom tab bar. */
export async function MemberShell({
  actor,
  tabs,
  actions,
  unread,
  children,
}: {
  actor: Actor;
  tabs: NavItem[];
  actions: ShellActions;
  /** the actor's unread notifications, for the bell */
  unread: number;
  children: ReactNode;
}) {
  const t = await getTranslations("shell");
  return (
    <div className="mx-auto min-h-screen max-w-xl bg-gray-50 pb-16">
      <SkipLink />
      {/* the header scrolls away with the page: only the tab bar (3rem) stays fixed on a phone */}
      <header className="border-b-4 border-accent bg-white px-4 py-1">
        <div className="flex items-center justify-between gap-2">
          <span className="font-semibold text-accent">{t("appName")}</span>
          <div className="flex items-center gap-1">
            <NotificationBell count={unread} />
            <LanguageSwitch action={actions.setLocale} />
          </div>
        </div>
        <AccountMenu actor={actor} actions={actions} compact />
      </header>
      <main id="main" className="px-4 py-4 text-base">
        {children}
      </main>
      <nav aria-label={t("mainNav")} className="fixed inset-x-0 bottom-0 z-10 mx-auto max-w-xl border-t border-gray-200 bg-white">
        <NavLinks items={tabs} variant="tabs" />
      </nav>
    </div>
  );
}
