import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OfferList } from "@/components/unit-portal/offer-list";
import { ReportStatusBadge } from "@/components/unit-portal/report-status-badge";
import { SubmitReportForm } from "@/components/unit-portal/submit-report-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listReportableCommunities } from "@/lib/unit-portal/list-reportable-communities";
import { listUnitReportsOfUnit } from "@/lib/unit-portal/list-unit-reports-of-unit";
import { submitUnitReportAction } from "@/app/(unit)/unit/reports/actions";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("unit", { key: "unitReports.unitTitle" });
}

export default async function UnitReportsPage({ searchParams }: { searchParams: Promise<{ again?: string }> }) {
  const actor = await requirePermission("unitReports.submit");
  const [{ again }, { unit, reports }, groups, t, format] = await Promise.all([
    searchParams,
    listUnitReportsOfUnit({ actor }),
    listReportableCommunities(),
    getTranslations("unitReports"),
    getFormatter(),
  ]);
  const reported = Object.fromEntries(reports.map((r) => [r.community.id, r.status]));
  // "修改后重新提交": the declined report's content prefills the form
  const previous = again ? reports.find((r) => r.community.id === again && r.status === "DECLINED") : undefined;
  const defaults = previous
    ? { ...previous, communityId: previous.community.id }
    : { contactName: unit.contactName, contactPhone: unit.contactPhone };
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <>
      <PageHeader title={t("unitTitle")} description={t("unitDescription")} />
      <Card title={t("myReports")} className="mb-6">
        {reports.length ? (
          <ul className="divide-y divide-gray-100">
            {reports.map((r) => (
              <li key={r.id} className="py-4 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold text-gray-900">{r.community.name}</h3>
                  {r.community.parent ? <span className="text-sm text-gray-600">{r.community.parent.name}</span> : null}
                  <ReportStatusBadge status={r.status} />
                </div>
                <p className="mt-1 text-sm text-gray-600">
                  {/* a pending report was last changed when it was (re)submitted; a decided one when decided */}
                  {r.status !== "PENDING" && r.decidedAt
                    ? t("decidedOn", { date: date(r.decidedAt) })
                    : t("reportedOn", { date: date(r.updatedAt) })}
                </p>
                {r.status === "DECLINED" ? (
                  <Notice tone="negative" size="sm" className="mt-2">
                    <p>
                      <span className="font-medium">{t("labelled", { label: t("declineReason") })}</span>
                      {r.declineReason}
                    </p>
                    <Link
                      href={`/unit/reports?again=${r.community.id}#report-form`}
                      className="mt-1 inline-block font-medium underline"
                    >
                      {t("resubmit")}
                    </Link>
                  </Notice>
                ) : null}
                <div className="mt-2">
                  <OfferList offers={r} />
                </div>
                <p className="mt-1 text-sm text-gray-600">{t("contactLine", { name: r.contactName, phone: r.contactPhone })}</p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            message={t("noReports")}
            action={
              <a href="#report-form" className="font-medium text-accent underline">
                {t("newReport")}
              </a>
            }
          />
        )}
      </Card>
      <section
        id="report-form"
        aria-labelledby="report-form-title"
        className="scroll-mt-4 rounded-lg border border-gray-200 bg-white p-5 shadow-sm"
      >
        <h2 id="report-form-title" className="mb-4 text-lg font-semibold text-gray-900">
          {previous ? t("resubmitTitle", { community: previous.community.name }) : t("newReport")}
        </h2>
        {unit.archivedAt ? (
          <p>{t("archivedUnit")}</p>
        ) : groups.length ? (
          <div className="max-w-2xl">
            <SubmitReportForm
              action={submitUnitReportAction}
              key={previous?.id ?? "new"}
              groups={groups}
              reported={reported}
              defaults={defaults}
            />
          </div>
        ) : (
          <EmptyState message={t("noCommunities")} />
        )}
      </section>
    </>
  );
}
