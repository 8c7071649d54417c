import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { smsProviderName } from "@/lib/env";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { shellActions } from "@/app/shell-actions";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("orgs.view");
  const [t, tNeeds, unread] = await Promise.all([
    getTranslations("nav"),
    getTranslations("needFigures"),
    countUnreadNotifications({ actor }),
  ]);
  const nav = [
    { href: "/admin/dashboard", label: t("streetDashboard") },
    ...(can(actor, "needs.street") ? [{ href: "/admin/needs", label: tNeeds("streetTitle") }] : []),
    { href: "/admin", label: t("orgTree"), exact: true },
    { href: "/admin/units", label: t("workUnits") },
    { href: "/admin/users", label: t("users") },
    { href: "/admin/audit", label: t("audit") },
    ...(smsProviderName() === "console" ? [{ href: "/admin/sms-outbox", label: t("smsOutbox") }] : []),
  ];
  return (
    <ClientMessages namespaces={["orgs", "units", "users", "dashboard", "trust", "needFigures"]}>
      <AppShell actor={actor} actions={shellActions} unread={unread} nav={nav}>
        {children}
      </AppShell>
    </ClientMessages>
  );
}
