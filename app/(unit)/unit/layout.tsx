import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { requirePermission } from "@/lib/auth/session";

export default async function UnitLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("unit.view");
  const t = await getTranslations("nav");
  return (
    <ClientMessages namespaces={["unitReports", "letters", "unitPortal"]}>
      <AppShell
        actor={actor}
        nav={[
          { href: "/unit", label: t("unitHome"), exact: true },
          { href: "/unit/members", label: t("unitMembers") },
          { href: "/unit/letters", label: t("unitLetters") },
          { href: "/unit/reports", label: t("unitReports") },
        ]}
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
