import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MemberShell } from "@/components/shell/member-shell";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { shellActions } from "@/app/shell-actions";

export default async function MemberLayout({ children }: { children: ReactNode }) {
  // a member the community has not verified: their own application and profile, nothing of the community
  const actor = await requirePermission("self.application");
  const [t, unread] = await Promise.all([getTranslations("nav"), countUnreadNotifications({ actor })]);
  return (
    <ClientMessages
      namespaces={[
        "register",
        "profile",
        "memberActivities",
        "menu",
        "timebank",
        "ratings",
        "activities",
        "checkin",
        "trust",
        "needBoard",
        "needWork",
      ]}
    >
      <MemberShell
        actor={actor}
        actions={shellActions}
        unread={unread}
        tabs={
          can(actor, "self.view")
            ? [
                { href: "/me", label: t("memberHome"), exact: true },
                { href: "/me/activities", label: t("memberActivities") },
                { href: "/me/needs", label: t("memberNeeds") },
                { href: "/me/menu", label: t("memberMenu") },
                { href: "/me/profile", label: t("profile") },
              ]
            : [
                { href: "/me", label: t("memberHome"), exact: true },
                { href: "/me/profile", label: t("profile") },
              ]
        }
      >
        {children}
      </MemberShell>
    </ClientMessages>
  );
}
