import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReReportStatusBadge } from "@/components/re-report/re-report-status-badge";
import { OpenWindowForm, RemindReReportForm } from "@/components/re-report/re-report-forms";
import { Card } from "@/components/ui/card";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getActor, requirePermission } from "@/lib/auth/session";
import { getReReportOverview } from "@/lib/re-report/get-re-report-overview";
import { localDay } from "@/lib/time";
import { openReReportWindowAction, remindReReportAction } from "@/app/(community)/community/re-report/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reReport");
  return { title: t("metaTitle", { community: (await getActor())?.active?.orgName ?? "" }) };
}

const WINDOW_TONE: Record<string, Tone> = { upcoming: "gray", due: "green", overdue: "gray", confirmed: "green" };

const lastDayOf = (closesAt: Date) => localDay(new Date(closesAt.getTime() - 1));

/** The community's re-report (重新报到): the current window, who confirmed, who did not, one-click reminder. */
export default async function ReReportPage() {
  const actor = await requirePermission("reReport.manage");
  const [overview, t, format] = await Promise.all([getReReportOverview({ actor }), getTranslations("reReport"), getFormatter()]);
  const today = localDay(overview.now);
  const inAMonth = localDay(new Date(overview.now.getTime() + 30 * 24 * 60 * 60 * 1000));
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  const { window } = overview;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {window && "counts" in overview && overview.counts ? (
          <Card
            title={t("window", { first: localDay(window.opensAt), last: lastDayOf(window.closesAt) })}
            actions={<StatusBadge tone={WINDOW_TONE[window.status]}>{t(`windowStatus.${window.status}`)}</StatusBadge>}
          >
            <p role="status" className="mb-4">
              {t("counts", overview.counts)}
            </p>
            {window.remindedAt ? (
              <p className="mb-2 text-sm text-gray-600">
                {t("lastReminded", { at: format.dateTime(window.remindedAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            ) : null}
            {overview.counts.missing > 0 && window.status !== "upcoming" ? (
              <RemindReReportForm action={remindReReportAction} windowId={window.id} />
            ) : null}
          </Card>
        ) : (
          <EmptyState message={t("none")} />
        )}
        {window && "missing" in overview && overview.missing ? (
          <section aria-labelledby="missing-title">
            <h2 id="missing-title" className="mb-2 text-lg font-semibold">
              {t("missingTitle")}
            </h2>
            {overview.missing.length ? (
              <>
                <DataTable
                  head={
                    <>
                      <th scope="col" className={th}>
                        {t("cols.name")}
                      </th>
                      <th scope="col" className={th}>
                        {t("cols.residence")}
                      </th>
                      <th scope="col" className={th}>
                        {t("cols.phone")}
                      </th>
                      <th scope="col" className={th}>
                        {t("column")}
                      </th>
                    </>
                  }
                >
                  {overview.missing.map((m) => (
                    <tr key={m.id}>
                      <td className="px-3 py-2 font-medium whitespace-nowrap">
                        <a className="underline-offset-2 hover:underline" href={`/community/members/${m.id}`}>
                          {m.name}
                        </a>
                      </td>
                      <td className="px-3 py-2">{[m.grid?.name, m.building?.name, m.room].filter(Boolean).join(" · ") || "—"}</td>
                      <td className="tabular px-3 py-2 whitespace-nowrap">
                        {m.phone}
                        {m.hasAccount ? "" : ` · ${t("noAccount")}`}
                      </td>
                      <td className="px-3 py-2">
                        <ReReportStatusBadge
                          status={window.status === "upcoming" ? "upcoming" : window.open ? "due" : "overdue"}
                        />
                      </td>
                    </tr>
                  ))}
                </DataTable>
                {overview.counts && overview.counts.missing > overview.missing.length ? (
                  <p className="mt-2 text-sm text-gray-600">
                    {t("missingMore", { shown: overview.missing.length, total: overview.counts.missing })}
                  </p>
                ) : null}
              </>
            ) : (
              <p className="text-gray-700">{t("missingEmpty")}</p>
            )}
          </section>
        ) : null}
        <Card title={t("openTitle")}>
          <OpenWindowForm action={openReReportWindowAction} defaults={{ firstDay: today, lastDay: inAMonth }} />
        </Card>
      </div>
    </>
  );
}
