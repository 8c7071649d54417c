import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { buttonClass } from "@/components/ui/button";
import { listResidenceOptions } from "@/lib/members/list-residence-options";
import { RegisterForm } from "./register-form";
import { setLocaleAction } from "@/app/actions";
import { inputClass } from "@/components/forms/field-frame";
import { sendPhoneCodeAction } from "@/app/(public)/phone-code-actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("public", { key: "register.title" });
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ c?: string }> }) {
  const { c } = await searchParams;
  const [options, t] = await Promise.all([listResidenceOptions(c), getTranslations("register")]);
  const community = options.communities.find((x) => x.id === c);
  return (
    <PublicShell setLocale={setLocaleAction} title={t("title")} intro={t("intro")}>
      {community ? (
        <>
          <p className="mb-4 rounded-md bg-white p-3 text-gray-800 ring-1 ring-gray-200">
            {t("reportingTo", { community: community.name, street: community.street })}{" "}
            <Link href="/register" className="underline">
              {t("changeCommunity")}
            </Link>
          </p>
          <RegisterForm
            communityId={community.id}
            grids={options.grids}
            unitNames={options.unitNames}
            sendCode={sendPhoneCodeAction}
          />
        </>
      ) : (
        <form method="get" className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
          <div>
            <label htmlFor="community" className="block font-medium">
              {t("community")}
            </label>
            <p className="text-sm text-gray-600">{t("communityHint")}</p>
            <select id="community" name="c" required defaultValue="" className={`mt-1 ${inputClass}`}>
              <option value="">{t("choose")}</option>
              {options.communities.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.street} · {x.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
            {t("next")}
          </button>
        </form>
      )}
      <p className="mt-6 text-sm text-gray-700">
        {t("haveAccount")}{" "}
        <Link href="/login" className="underline">
          {t("signIn")}
        </Link>
      </p>
    </PublicShell>
  );
}
