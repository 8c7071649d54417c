import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { buttonClass } from "@/components/ui/button";
import { listResidenceOptions } from "@/lib/members/list-residence-options";
import { findRegistrationCommunity } from "@/lib/orgs/find-registration-community";
import { communitySearchSchema, searchCommunities } from "@/lib/orgs/search-communities";
import { RegisterForm } from "./register-form";
import { setLocaleAction } from "@/app/actions";
import { inputClass } from "@/components/forms/field-frame";
import { sendPhoneCodeAction } from "@/app/(public)/phone-code-actions";

type SearchParams = Promise<{ c?: string | string[]; q?: string | string[] }>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { c } = await searchParams;
  const [t, community] = await Promise.all([
    getTranslations("register"),
    findRegistrationCommunity({ input: { id: typeof c === "string" ? c : undefined } }),
  ]);
  return { title: community ? `${t("title")} – ${community.name}` : t("title") };
}

/**
 * Registration (双报到). A link with `?c=<community id>` (the community's poster, a shared
 * activity) opens the form with the community chosen and shown; the member can still change it.
 * Without one, step 1 finds the community: a search over community and street names (hundreds of
 * communities in a district), then a choice starting at "请选择".
 */
export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const community = await findRegistrationCommunity({ input: { id: typeof params.c === "string" ? params.c : undefined } });
  const t = await getTranslations("register");
  if (community) {
    const options = await listResidenceOptions(community.id);
    return (
      <PublicShell setLocale={setLocaleAction} title={t("title")} intro={t("intro")}>
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
        <HaveAccount />
      </PublicShell>
    );
  }
  const { q } = communitySearchSchema.parse({ q: params.q });
  const [found, ts] = await Promise.all([searchCommunities({ input: { q } }), getTranslations("communitySearch")]);
  const summary = !found.q
    ? found.more
      ? ts("tooMany", { total: found.total })
      : null
    : found.total === 0
      ? ts("none", { q: found.q })
      : found.more
        ? ts("foundMore", { total: found.total, shown: found.communities.length })
        : ts("found", { total: found.total });
  return (
    <PublicShell setLocale={setLocaleAction} title={t("title")} intro={t("intro")}>
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
        <p className="text-sm text-gray-700">{ts("posterTip")}</p>
        <form method="get" role="search" className="space-y-2">
          <label htmlFor="community-search" className="block font-medium">
            {ts("searchLabel")}
          </label>
          <p id="community-search-hint" className="text-sm text-gray-600">
            {ts("searchHint")}
          </p>
          <div className="flex gap-2">
            <input
              id="community-search"
              name="q"
              type="search"
              defaultValue={found.q}
              maxLength={40}
              aria-describedby="community-search-hint"
              className={inputClass}
            />
            <button type="submit" className={buttonClass("secondary", "shrink-0")}>
              {ts("search")}
            </button>
          </div>
        </form>
        {summary ? (
          <p role="status" className="text-sm text-gray-800">
            {summary}
          </p>
        ) : null}
        {found.communities.length ? (
          <form method="get" className="space-y-4">
            <div>
              <label htmlFor="community" className="block font-medium">
                {t("community")}
              </label>
              <p className="text-sm text-gray-600">{t("communityHint")}</p>
              <select id="community" name="c" required defaultValue="" className={`mt-1 ${inputClass}`}>
                <option value="" disabled>
                  {ts("choose")}
                </option>
                {found.communities.map((x) => (
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
        ) : null}
      </div>
      <HaveAccount />
    </PublicShell>
  );
}

async function HaveAccount() {
  const t = await getTranslations("register");
  return (
    <p className="mt-6 text-sm text-gray-700">
      {t("haveAccount")}{" "}
      <Link href="/login" className="underline">
        {t("signIn")}
      </Link>
    </p>
  );
}
