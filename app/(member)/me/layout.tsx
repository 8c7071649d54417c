import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MemberShell } from "@/components/shell/member-shell";
import { requirePermission } from "@/lib/auth/session";

export default async function MemberLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("self.view");
  const t = await getTranslations("nav");
  return (
    <ClientMessages
      namespaces={["register", "profile", "memberActivities", "menu", "timebank", "ratings", "activities", "checkin"]}
    >
      <MemberShell
        actor={actor}
        tabs={[
          { href: "/me", label: t("memberHome"), exact: true },
          { href: "/me/activities", label: t("memberActivities") },
          { href: "/me/menu", label: t("memberMenu") },
          { href: "/me/profile", label: t("profile") },
        ]}
      >
        {children}
      </MemberShell>
    </ClientMessages>
  );
}
