import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NeedUnitStatusBadge } from "@/components/needs/need-status-badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listUnitNeeds } from "@/lib/needs/list-unit-needs";
import { parseTaskMonth } from "@/lib/needs/unit-schema";

type Search = Promise<{ month?: string | string[] }>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const actor = await requirePermission("unit.needs");
  const t = await getTranslations("needUnits");
  const unit = await db().organization.findFirst({ where: { id: actor.active!.orgId }, select: { name: true } });
  return { title: t("metaList", { month: parseTaskMonth((await searchParams).month), unit: unit?.name ?? "" }) };
}

/** 月任务清单: the needs the communities dispatched to the unit, one month at a time. */
export default async function UnitNeedsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePermission("unit.needs");
  const month = parseTaskMonth((await searchParams).month);
  const [data, t] = await Promise.all([listUnitNeeds({ actor, input: { month } }), getTranslations("needUnits")]);
  const months = data.months.some((m) => m.month === month) ? data.months : [{ month, count: 0 }, ...data.months];
  months.sort((a, b) => b.month.localeCompare(a.month));
  const filter = "inline-flex min-h-10 items-center rounded-md px-3 text-sm";
  return (
    <>
      <PageHeader title={t("listTitle")} description={t("listDescription")} />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <nav aria-label={t("monthNav")} className="flex flex-wrap items-center gap-1">
          {months.slice(0, 12).map((m) => (
            <Link
              key={m.month}
              href={`/unit/needs?month=${m.month}`}
              aria-current={m.month === month ? "page" : undefined}
              className={
                m.month === month ? `${filter} bg-gray-900 font-semibold text-white` : `${filter} text-gray-800 hover:bg-gray-100`
              }
            >
              {t("monthOption", { month: m.month, count: m.count })}
            </Link>
          ))}
        </nav>
        <form method="get" action="/unit/needs" className="flex items-end gap-2">
          <label className="text-sm">
            <span className="block text-gray-700">{t("monthLabel")}</span>
            <input
              type="month"
              name="month"
              defaultValue={month}
              className="mt-1 min-h-10 rounded-md border border-gray-300 px-2"
            />
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("show")}
          </button>
        </form>
      </div>
      {data.needs.length ? (
        <>
          <p className="mb-2 text-sm text-gray-600">{t("count", { count: data.needs.length })}</p>
          <DataTable
            caption={t("listTitle")}
            bodyClassName="align-top"
            head={
              <>
                <th scope="col" className="px-3 py-2">
                  {t("colContent")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colCommunity")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colCategory")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colResident")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colStatus")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colAssigned")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("open")}</span>
                </th>
              </>
            }
          >
            {data.needs.map((need) => (
              <tr key={need.id}>
                <td className="max-w-sm px-3 py-2">
                  <span className="text-xs text-gray-600">{t(`kind.${need.kind}`)}</span>
                  <div>{need.content}</div>
                </td>
                <td className="px-3 py-2">
                  {need.community.name}
                  {need.building ? <div className="text-xs text-gray-600">{need.building.name}</div> : null}
                </td>
                <td className="px-3 py-2">{need.category.nameZh}</td>
                <td className="px-3 py-2 tabular-nums">
                  {need.residentName ?? "—"}
                  {need.residentPhone ? <div className="text-xs text-gray-600">{need.residentPhone}</div> : null}
                </td>
                <td className="px-3 py-2">
                  <NeedUnitStatusBadge status={need.status} />
                </td>
                <td className="px-3 py-2">
                  {need.claims.length ? need.claims.map((c) => c.member.name).join("、") : t("nobody")}
                </td>
                <td className="px-3 py-2">
                  <Link href={`/unit/needs/${need.id}`} className="font-medium text-red-700 underline">
                    {t("open")}
                    <span className="sr-only">：{need.content.slice(0, 20)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : (
        <EmptyState message={data.months.length ? t("empty", { month }) : t("emptyAll")} />
      )}
    </>
  );
}
