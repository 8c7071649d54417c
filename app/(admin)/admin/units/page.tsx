import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { SearchBox } from "@/components/ui/search-box";
import { requirePermission } from "@/lib/auth/session";
import { listWorkUnits } from "@/lib/orgs/list-work-units";
import { DataTable } from "@/components/ui/data-table";
import { parsePage, parseQueryText } from "@/lib/validation/fields";

type Search = { q?: string; page?: string; archived?: string; awaiting?: string };

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "units.title" });
}

export default async function WorkUnitsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("orgs.view");
  const search = await searchParams;
  const [t, tv, ts] = await Promise.all([
    getTranslations("units"),
    getTranslations("trust.verification"),
    getTranslations("trust.unitState"),
  ]);
  const awaitingOnly = search.awaiting === "1";
  const { units, total, awaiting, page, pageSize } = await listWorkUnits({
    actor,
    input: {
      query: parseQueryText(search.q),
      includeArchived: search.archived === "1",
      awaitingVerification: awaitingOnly,
      page: parsePage(search.page),
    },
  });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<LinkButton href="/admin/units/new">{t("new")}</LinkButton>}
      />
      <SearchBox
        label={t("search")}
        defaultValue={search.q}
        extra={{ archived: search.archived, awaiting: awaitingOnly ? "1" : undefined }}
      />
      {awaiting || awaitingOnly ? (
        <p className="mb-4 text-sm">
          <Link className="font-medium underline" href={awaitingOnly ? "/admin/units" : "/admin/units?awaiting=1"}>
            {awaitingOnly ? tv("allFilter") : tv("pendingFilter", { count: awaiting })}
          </Link>
        </p>
      ) : null}
      {units.length ? (
        <DataTable
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("partyBranchName")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("contactName")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("location")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("activeMembers")}
              </th>
            </>
          }
        >
          {units.map((unit) => (
            <tr key={unit.id}>
              <td className="px-4 py-2">
                <Link href={`/admin/units/${unit.id}`} className="font-medium underline-offset-2 hover:underline">
                  {unit.name}
                </Link>{" "}
                {unit.archivedAt ? <StatusBadge tone="gray">{t("archivedBadge")}</StatusBadge> : null}
                {!unit.verifiedAt ? (
                  <StatusBadge tone={unit.rejectedAt ? "red" : "amber"}>
                    {ts(unit.rejectedAt ? "REJECTED" : "WAITING")}
                  </StatusBadge>
                ) : null}
              </td>
              <td className="px-4 py-2">{unit.partyBranchName}</td>
              <td className="px-4 py-2">{unit.contactName ?? "—"}</td>
              <td className="px-4 py-2">{unit.inArea ? t("inAreaShort") : t("outsideArea")}</td>
              <td className="tabular px-4 py-2 text-right">{unit._count.employees}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState
          message={search.q ? t("noMatch") : t("empty")}
          action={<LinkButton href="/admin/units/new">{t("new")}</LinkButton>}
        />
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        params={{ q: search.q, archived: search.archived, awaiting: awaitingOnly ? "1" : undefined }}
      />
      <p className="mt-4 text-sm">
        <Link className="underline" href={search.archived === "1" ? "/admin/units" : "/admin/units?archived=1"}>
          {search.archived === "1" ? t("hideArchived") : t("showArchived")}
        </Link>
      </p>
    </>
  );
}
