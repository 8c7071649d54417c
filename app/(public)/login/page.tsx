import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { getPageActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";
import { setLocaleAction } from "@/app/actions";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("public", { key: "auth.signInTitle" });
}

/** Why the visitor is here, when a session was just ended on purpose. */
const NOTICES = ["passwordChanged", "signedOutEverywhere", "passwordReset"] as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ returnTo?: string; notice?: string }> }) {
  if (await getPageActor()) redirect("/");
  const [{ returnTo, notice }, t, shell, tr] = await Promise.all([
    searchParams,
    getTranslations("auth"),
    getTranslations("shell"),
    getTranslations("passwordReset"),
  ]);
  const shown = NOTICES.find((n) => n === notice);
  return (
    <PublicShell setLocale={setLocaleAction} title={t("signInTitle")} intro={shell("tagline")}>
      {shown ? (
        <Notice tone="success" role="status" className="mb-4">
          {t(shown)}
        </Notice>
      ) : null}
      <div className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        <LoginForm returnTo={returnTo ?? "/"} />
        <p className="mt-4 text-sm">
          <Link href="/reset-password" className="text-accent underline">
            {tr("forgot")}
          </Link>
        </p>
      </div>
      <ul className="mt-6 space-y-2 text-gray-700">
        <li>
          {t("newMember")}{" "}
          <Link href="/register" className="font-medium text-accent underline">
            {t("reportIn")}
          </Link>
        </li>
        <li>
          {t("newUnit")}{" "}
          <Link href="/unit-register" className="font-medium text-accent underline">
            {t("registerUnit")}
          </Link>
        </li>
      </ul>
    </PublicShell>
  );
}
