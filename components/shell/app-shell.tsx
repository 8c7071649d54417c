import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { NotificationBell } from "../notifications/notification-bell";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavItem } from "./nav-links";
import { SkipLink } from "./skip-link";
import type { ShellActions } from "./shell-actions";

/** Desktop layout for secretaries, unit and street admins: left navigation, top bar, content. */
export async function AppShell({
  actor,
  nav,
  actions,
  unread,
  children,
}: {
  actor: Actor;
  nav: NavItem[];
  actions: ShellActions;
  /** the actor's unread notifications, for the bell */
  unread: number;
  children: ReactNode;
}) {
  const t = await getTranslations("shell");
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b-4 border-accent bg-white">
        <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold text-accent">
            {t("appName")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch action={actions.setLocale} />
            <NotificationBell count={unread} />
            <AccountMenu actor={actor} actions={actions} />
          </div>
        </div>
      </header>
      <div className="flex flex-col md:flex-row">
        <nav
          aria-label={t("mainNav")}
          className="border-b border-gray-200 bg-white md:min-h-[calc(100vh-64px)] md:w-56 md:border-r md:border-b-0"
        >
          <NavLinks items={nav} />
        </nav>
        <main id="main" className="min-w-0 flex-1 p-4 md:p-8">
          {children}
        </main>
      </div>
    </div>
  );
}
