import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { getBuildingNotice } from "@/lib/identity/get-building-notice";
import { setLocaleAction } from "@/app/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const t = await getTranslations("identity");
  const notice = await getBuildingNotice((await params).token);
  return {
    title: notice ? t("notice.titleAt", { building: notice.building, community: notice.community }) : t("notice.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * Public: a building's notice (楼栋公示), opened from the QR code of its 党员中心户 plaque. Names are
 * masked to the surname; no phone numbers are ever shown here.
 */
export default async function BuildingNoticePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const notice = await getBuildingNotice(token);
  if (!notice) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("identity"), getFormatter(), getLocale()]);
  const rows: [string, string][] = [
    [t("notice.community"), notice.community],
    [t("notice.place"), [notice.grid, notice.building].filter(Boolean).join(" · ")],
    [t("notice.leader"), notice.leaders.join("、") || t("notice.none")],
    [t("notice.centerHousehold"), notice.centerHouseholds.join("、") || t("notice.none")],
  ];
  return (
    <PublicShell setLocale={setLocaleAction} title={t("notice.title")} intro={notice.building}>
      <div className="space-y-5">
        <dl className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white px-4 shadow-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="flex items-start justify-between gap-4 py-3">
              <dt className="shrink-0 text-gray-600">{label}</dt>
              <dd className="text-right font-medium break-words text-gray-900">{value}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="open-needs">
          <h2 id="open-needs" className="mb-2 text-lg font-semibold">
            {t("notice.needsTitle")}
          </h2>
          {notice.openNeeds.length ? (
            <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white px-4 shadow-sm">
              {notice.openNeeds.map((n) => (
                <li key={n.id} className="flex items-start justify-between gap-4 py-3">
                  <span>
                    {t(`notice.needKinds.${n.kind}`)} · {locale === "en" ? n.category.nameEn : n.category.nameZh}
                    <span className="block text-sm text-gray-600">{format.dateTime(n.since, { dateStyle: "medium" })}</span>
                  </span>
                  <span className="shrink-0 text-sm font-medium text-gray-800">{t(`notice.needStatuses.${n.status}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-gray-700">{t("notice.needsNone")}</p>
          )}
        </section>
        <p className="text-sm text-gray-600">{t("notice.contact")}</p>
      </div>
    </PublicShell>
  );
}
