import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { shellActions } from "@/app/shell-actions";

export default async function UnitLayout({ children }: { children: ReactNode }) {
  // a unit the street has not verified yet: its admin sees the home page with their application only
  const actor = await requirePermission("unit.application");
  const [t, tNeeds, unread] = await Promise.all([
    getTranslations("nav"),
    getTranslations("needUnits"),
    countUnreadNotifications({ actor }),
  ]);
  return (
    <ClientMessages namespaces={["unitReports", "letters", "unitPortal", "trust", "needUnits"]}>
      <AppShell
        actor={actor}
        actions={shellActions}
        unread={unread}
        nav={
          can(actor, "unit.view")
            ? [
                { href: "/unit", label: t("unitHome"), exact: true },
                { href: "/unit/members", label: t("unitMembers") },
                ...(can(actor, "unit.needs") ? [{ href: "/unit/needs", label: tNeeds("nav") }] : []),
                { href: "/unit/letters", label: t("unitLetters") },
                { href: "/unit/reports", label: t("unitReports") },
              ]
            : [{ href: "/unit", label: t("unitHome"), exact: true }]
        }
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
