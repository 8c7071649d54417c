import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { ResetPasswordForm } from "@/components/forms/reset-password-form";
import { setLocaleAction } from "@/app/actions";
import { resetPasswordAction, sendPhoneCodeAction } from "@/app/(public)/phone-code-actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("public", { key: "passwordReset.title" });
}

export default async function ResetPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <PublicShell setLocale={setLocaleAction} title={t("title")} intro={t("intro")}>
      <div className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        <ResetPasswordForm action={resetPasswordAction} sendCode={sendPhoneCodeAction} />
      </div>
      <p className="mt-6 text-gray-700">
        <Link href="/login" className="font-medium text-accent underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </PublicShell>
  );
}
