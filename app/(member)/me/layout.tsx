import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MemberShell } from "@/components/shell/member-shell";
import { requirePermission } from "@/lib/auth/session";

export default async function MemberLayout({ children }: { children: ReactNode }) {
  const actor = await requirePermission("self.view");
  const t = await getTranslations("nav");
  return (
    <MemberShell actor={actor} tabs={[
        { href: "/me", label: t("memberHome"), exact: true },
        { href: "/me/activities", label: t("memberActivities") },
        { href: "/me/menu", label: t("memberMenu") },
        { href: "/me/profile", label: t("profile") },
      ]}>
      {children}
    </MemberShell>
  );
}
