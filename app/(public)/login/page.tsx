import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { getPageActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";
import { setLocaleAction } from "@/app/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  if (await getPageActor()) redirect("/");
  const [{ returnTo }, t, shell] = await Promise.all([searchParams, getTranslations("auth"), getTranslations("shell")]);
  return (
    <PublicShell setLocale={setLocaleAction} title={t("signInTitle")} intro={shell("tagline")}>
      <div className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        <LoginForm returnTo={returnTo ?? "/"} />
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
