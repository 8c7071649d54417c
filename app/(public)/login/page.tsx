import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  if (await getActor()) redirect("/");
  const [{ returnTo }, t, shell] = await Promise.all([searchParams, getTranslations("auth"), getTranslations("shell")]);
  return (
    <div className="min-h-screen bg-gray-50">
      <header className="border-b-4 border-accent bg-white">
        <div className="mx-auto flex max-w-md items-center justify-between px-4 py-3">
          <span className="font-semibold text-accent">{shell("appName")}</span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
        <p className="mt-1 text-gray-600">{shell("tagline")}</p>
        <div className="mt-6 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
          <LoginForm returnTo={returnTo ?? "/"} />
        </div>
      </main>
    </div>
  );
}
