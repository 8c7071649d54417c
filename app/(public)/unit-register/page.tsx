import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { RegisterUnitForm } from "@/components/unit-portal/register-unit-form";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listReportableCommunities } from "@/lib/unit-portal/list-reportable-communities";
import { setLocaleAction } from "@/app/actions";
import { registerUnitAction } from "@/app/(public)/unit-register/actions";
import { sendPhoneCodeAction } from "@/app/(public)/phone-code-actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("public", { key: "unitReports.registerTitle" });
}

/** Public: a work unit's party organization registers itself and reports to communities. */
export default async function UnitRegisterPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const [{ done }, t] = await Promise.all([searchParams, getTranslations("unitReports")]);
  if (done) {
    return (
      <PublicShell setLocale={setLocaleAction} title={t("doneTitle")}>
        <div role="status" className="rounded-lg border border-green-300 bg-white p-5 shadow-sm">
          <p className="text-gray-800">{t("doneBody")}</p>
          <LinkButton href="/login" className="mt-5 w-full sm:w-auto">
            {t("doneSignIn")}
          </LinkButton>
        </div>
      </PublicShell>
    );
  }
  const groups = await listReportableCommunities();
  return (
    <PublicShell setLocale={setLocaleAction} title={t("registerTitle")} intro={t("registerIntro")}>
      <p className="mb-5 text-gray-700">
        {t("haveAccount")}{" "}
        <Link href="/login" className="font-medium text-accent underline">
          {t("signInLink")}
        </Link>
      </p>
      <div className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
        {groups.length ? (
          <RegisterUnitForm action={registerUnitAction} groups={groups} sendCode={sendPhoneCodeAction} />
        ) : (
          <EmptyState message={t("noCommunities")} />
        )}
      </div>
    </PublicShell>
  );
}
