import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { formatHours } from "@/lib/letters/letter-rules";
import { listUnitLetters } from "@/lib/letters/list-unit-letters";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("unit", { key: "letters.inboxTitle" });
}

export default async function UnitLettersPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission("unit.letters");
  const raw = Number((await searchParams).year);
  const year = Number.isInteger(raw) && raw > 1999 && raw < 2200 ? raw : null;
  const [inbox, t, format] = await Promise.all([
    listUnitLetters({ actor, input: { year } }),
    getTranslations("letters"),
    getFormatter(),
  ]);
  const filter = "inline-flex min-h-10 items-center rounded-md px-3 text-sm";
  const active = `${filter} bg-gray-900 font-semibold text-white`;
  const inactive = `${filter} text-gray-800 hover:bg-gray-100`;
  return (
    <>
      <PageHeader title={t("inboxTitle")} description={t("inboxDescription")} />
      {inbox.years.length ? (
        <nav aria-label={t("yearNav")} className="mb-4 flex flex-wrap items-center gap-1">
          <Link
            href="/unit/letters"
            aria-current={year === null ? "page" : undefined}
            className={year === null ? active : inactive}
          >
            {t("allYears")}
          </Link>
          {inbox.years.map((y) => (
            <Link
              key={y.year}
              href={`/unit/letters?year=${y.year}`}
              aria-current={year === y.year ? "page" : undefined}
              className={year === y.year ? active : inactive}
            >
              {t("yearWithCount", { year: y.year, count: y.count })}
            </Link>
          ))}
        </nav>
      ) : null}
      <Card>
        {inbox.letters.length ? (
          <div>
            <p className="mb-3 text-sm text-gray-700">{t("inboxCount", { count: inbox.letters.length, unread: inbox.unread })}</p>
            <DataTable
              frame="plain"
              head={
                <>
                  <th scope="col" className="py-2 pr-3">
                    {t("member")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("community")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("year")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("activities")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("hours")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("issued")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("status")}
                  </th>
                </>
              }
            >
              {inbox.letters.map((l) => (
                <tr key={l.id}>
                  <td className="py-2 pr-3">
                    <Link href={`/unit/letters/${l.id}`} className="font-medium underline-offset-2 hover:underline">
                      {l.member.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{l.community.name}</td>
                  <td className="tabular py-2 pr-3 text-right">{l.year}</td>
                  <td className="tabular py-2 pr-3 text-right">{l.activityCount}</td>
                  <td className="tabular py-2 pr-3 text-right">{formatHours(l.totalHours)}</td>
                  <td className="tabular py-2 pr-3 whitespace-nowrap">
                    {format.dateTime(l.generatedAt, { dateStyle: "medium" })}
                  </td>
                  <td className="py-2">
                    {l.acknowledgedAt ? (
                      <StatusBadge tone="green">{t("acknowledgedStatus")}</StatusBadge>
                    ) : (
                      <StatusBadge tone="amber">{t("unreadStatus")}</StatusBadge>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        ) : (
          <EmptyState message={t("inboxEmpty")} />
        )}
      </Card>
    </>
  );
}
