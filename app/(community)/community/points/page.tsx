import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdjustPointsForm } from "@/components/activities/adjust-points-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { requirePermission } from "@/lib/auth/session";
import { listActivityPoints } from "@/lib/points/list-activity-points";
import { listMemberBalances } from "@/lib/points/list-member-balances";
import { adjustPointsAction } from "@/app/(community)/community/points/actions";
import { parsePage, parseQueryText } from "@/lib/validation/fields";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "points.title" });
}

export default async function PointsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const actor = await requirePermission("points.manage");
  const search = await searchParams;
  const [balances, everyone, byActivity, t, format] = await Promise.all([
    listMemberBalances({ actor, input: { query: parseQueryText(search.q), page: parsePage(search.page) } }),
    // the adjustment form offers every member, whatever the table is filtered to
    search.q ? listMemberBalances({ actor }) : null,
    listActivityPoints({ actor }),
    getTranslations("points"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card title={t("balancesTitle")}>
            <SearchBox label={t("search")} defaultValue={search.q} />
            {balances.rows.length ? (
              <DataTable
                frame="plain"
                head={
                  <>
                    <th scope="col" className="py-1 pr-3">
                      {t("member")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("home")}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t("balance")}
                    </th>
                  </>
                }
              >
                {balances.rows.map((m) => (
                  <tr key={m.id}>
                    <td className="py-1.5 pr-3">
                      <Link href={`/community/members/${m.id}`} className="underline-offset-2 hover:underline">
                        {m.name}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-3">{[m.building?.name, m.room].filter(Boolean).join(" ")}</td>
                    <td className="tabular py-1.5 text-right font-medium">{m.balance}</td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <EmptyState message={t("noMembers")} />
            )}
            <Pagination page={balances.page} pageSize={balances.pageSize} total={balances.total} params={{ q: search.q }} />
          </Card>
          <Card title={t("byActivityTitle")}>
            {byActivity.length ? (
              <DataTable
                frame="plain"
                head={
                  <>
                    <th scope="col" className="py-1 pr-3">
                      {t("activity")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("date")}
                    </th>
                    <th scope="col" className="py-1 pr-3 text-right">
                      {t("members")}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t("pointsGiven")}
                    </th>
                  </>
                }
              >
                {byActivity.map((a) => (
                  <tr key={a.id}>
                    <td className="py-1.5 pr-3">
                      <Link href={`/community/activities/${a.id}`} className="underline-offset-2 hover:underline">
                        {a.title}
                      </Link>
                    </td>
                    <td className="tabular py-1.5 pr-3">{format.dateTime(a.startsAt, { dateStyle: "medium" })}</td>
                    <td className="tabular py-1.5 pr-3 text-right">{a.members}</td>
                    <td className="tabular py-1.5 text-right">{a.points}</td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <EmptyState message={t("noActivityPoints")} />
            )}
          </Card>
        </div>
        <Card title={t("adjustTitle")}>
          <p className="mb-4 text-sm text-gray-600">{t("adjustHint")}</p>
          <AdjustPointsForm action={adjustPointsAction} members={(everyone ?? balances).all} />
        </Card>
      </div>
    </>
  );
}
