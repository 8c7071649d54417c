import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionForms } from "@/components/unit-portal/decision-forms";
import { OfferList } from "@/components/unit-portal/offer-list";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { listCoBuildingUnits } from "@/lib/unit-portal/list-co-building-units";
import { listUnitReportsForCommunity } from "@/lib/unit-portal/list-unit-reports-for-community";
import { acceptUnitReportAction, declineUnitReportAction } from "@/app/(community)/community/units/actions";
import { DataTable } from "@/components/ui/data-table";

export default async function CoBuildingUnitsPage() {
  const actor = await requirePermission("unitReports.decide");
  const [{ pending, declined }, { units, counts }, t, tt, format] = await Promise.all([
    listUnitReportsForCommunity({ actor }),
    listCoBuildingUnits({ actor }),
    getTranslations("unitReports"),
    getTranslations("trust.coBuilding"),
    getFormatter(),
  ]);
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <>
      <PageHeader title={t("communityTitle")} description={t("communityDescription")} />
      <div className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat
          label={t("countAccepted")}
          value={counts.accepted}
          hint={t("offerCounts", {
            venues: counts.offeringVenues,
            people: counts.offeringPeople,
            goods: counts.offeringGoods,
            funds: counts.offeringFunds,
            services: counts.offeringServices,
          })}
        />
        <Stat label={t("countPending")} value={counts.pending} />
        <Stat label={t("countDeclined")} value={counts.declined} />
      </div>

      <h2 className="mb-3 text-lg font-semibold text-gray-900">{t("pendingTitle", { count: pending.length })}</h2>
      {pending.length ? (
        <ul className="mb-8 space-y-4">
          {pending.map((r) => (
            <li key={r.id}>
              <Card
                title={r.unit.name}
                actions={r.unit.verifiedAt ? undefined : <StatusBadge tone="amber">{tt("awaitingStreet")}</StatusBadge>}
              >
                <div className="grid gap-6 lg:grid-cols-2">
                  <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
                    <dt className="text-gray-600">{t("partyBranchName")}</dt>
                    <dd>{r.unit.partyBranchName ?? "—"}</dd>
                    <dt className="text-gray-600">{t("address")}</dt>
                    <dd>{r.unit.address ?? "—"}</dd>
                    <dt className="text-gray-600">{t("location")}</dt>
                    <dd>{r.unit.inArea ? t("inArea") : t("outsideArea")}</dd>
                    <dt className="text-gray-600">{t("creditCodeShort")}</dt>
                    <dd className="tabular">{r.unit.creditCode ?? "—"}</dd>
                    <dt className="text-gray-600">{t("reportContact")}</dt>
                    <dd>
                      {r.contactName} <span className="tabular">{r.contactPhone}</span>
                    </dd>
                    {r.unit.contactName && (r.unit.contactName !== r.contactName || r.unit.contactPhone !== r.contactPhone) ? (
                      <>
                        <dt className="text-gray-600">{t("unitContact")}</dt>
                        <dd>
                          {r.unit.contactName} <span className="tabular">{r.unit.contactPhone ?? ""}</span>
                        </dd>
                      </>
                    ) : null}
                    <dt className="text-gray-600">{t("reportedAt")}</dt>
                    <dd>{dateTime(r.updatedAt)}</dd>
                  </dl>
                  <div>
                    <h3 className="mb-2 font-medium text-gray-900">{t("offersLegend")}</h3>
                    <OfferList offers={r} />
                  </div>
                </div>
                <div className="mt-5 border-t border-gray-100 pt-4">
                  <DecisionForms
                    accept={acceptUnitReportAction}
                    decline={declineUnitReportAction}
                    reportId={r.id}
                    unitName={r.unit.name}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mb-8">
          <EmptyState message={t("noPending")} />
        </div>
      )}

      <h2 className="mb-3 text-lg font-semibold text-gray-900">{t("coBuildingTitle", { count: units.length })}</h2>
      {units.length ? (
        <DataTable
          bodyClassName="align-top"
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("colUnit")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("partyBranchName")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("offersLegend")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("contactLegend")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("colSince")}
              </th>
            </>
          }
        >
          {units.map((r) => (
            <tr key={r.id}>
              <td className="px-4 py-3">
                <span className="font-medium">{r.unit.name}</span>
                <div className="mt-1">
                  <StatusBadge tone={r.unit.inArea ? "blue" : "gray"}>
                    {r.unit.inArea ? t("inArea") : t("outsideArea")}
                  </StatusBadge>
                </div>
              </td>
              <td className="px-4 py-3">{r.unit.partyBranchName ?? "—"}</td>
              <td className="min-w-64 px-4 py-3">
                <OfferList offers={r} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                {r.contactName}
                <br />
                <a href={`tel:${r.contactPhone}`} className="tabular underline">
                  {r.contactPhone}
                </a>
              </td>
              <td className="tabular px-4 py-3 whitespace-nowrap">{r.decidedAt ? date(r.decidedAt) : "—"}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={pending.length ? t("noCoBuildingYetPending") : t("noCoBuilding")} />
      )}

      {declined.length ? (
        <details className="mt-8 rounded-lg border border-gray-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-gray-900">{t("declinedTitle", { count: declined.length })}</summary>
          <p className="mt-2 text-sm text-gray-600">{t("declinedHint")}</p>
          <ul className="mt-3 divide-y divide-gray-100 text-sm">
            {declined.map((r) => (
              <li key={r.id} className="py-2">
                <span className="font-medium">{r.unit.name}</span>
                {r.decidedAt ? <span className="text-gray-600"> · {date(r.decidedAt)}</span> : null}
                <p className="text-gray-700">
                  {t("labelled", { label: t("declineReason") })}
                  {r.declineReason}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
