import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { FormAction } from "@/lib/actions/types";
import { LanguageSwitch } from "./language-switch";
import { SkipLink } from "./skip-link";

/** Public pages (sign-in, registration, verification): one narrow column, phone first. */
export async function PublicShell({
  title,
  intro,
  setLocale,
  children,
}: {
  title: string;
  intro?: string;
  setLocale: FormAction;
  children: ReactNode;
}) {
  const shell = await getTranslations("shell");
  return (
    <div className="min-h-screen bg-gray-50">
      <SkipLink />
      <header className="border-b-4 border-accent bg-white">
        <div className="mx-auto flex max-w-xl items-center justify-between px-4 py-3">
          <span className="font-semibold text-accent">{shell("appName")}</span>
          <LanguageSwitch action={setLocale} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-xl px-4 py-6">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {intro ? <p className="mt-1 mb-5 text-gray-600">{intro}</p> : <div className="mb-5" />}
        {children}
      </main>
    </div>
  );
}
