import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { requirePermission } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { shellActions } from "@/app/shell-actions";

export default async function CommunityLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("community.view");
  const [t, tNeeds, unread] = await Promise.all([
    getTranslations("nav"),
    getTranslations("needFigures"),
    countUnreadNotifications({ actor }),
  ]);
  return (
    <ClientMessages
      namespaces={[
        "register",
        "verification",
        "memberFile",
        "rosterImport",
        "menu",
        "activities",
        "attendance",
        "points",
        "timebank",
        "ratings",
        "letters",
        "unitReports",
        "dashboard",
        "orgs",
        "trust",
        "needTriage",
        "needWork",
      ]}
    >
      <AppShell
        actor={actor}
        actions={shellActions}
        unread={unread}
        nav={[
          { href: "/community", label: t("communityHome"), exact: true },
          { href: "/community/verification", label: t("verification") },
          { href: "/community/roster", label: t("roster") },
          { href: "/community/menu", label: t("menu") },
          { href: "/community/needs", label: t("communityNeeds") },
          { href: "/community/activities", label: t("activities") },
          { href: "/community/points", label: t("points") },
          { href: "/community/time-bank", label: t("timeBank") },
          { href: "/community/ratings", label: t("ratings") },
          { href: "/community/letters", label: t("letters") },
          { href: "/community/units", label: t("coBuildingUnits") },
          { href: "/community/unit-links", label: t("unitLinks") },
          { href: "/community/need-figures", label: tNeeds("nav") },
        ]}
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
