import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { ConfirmAllLinksForm, ConfirmSelectedLinksForm, DismissLinkForm, SelectLink } from "@/components/members/unit-link-forms";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { requirePermission } from "@/lib/auth/session";
import { listUnitLinkSuggestions } from "@/lib/members/list-unit-link-suggestions";
import { parsePage, parseQueryText } from "@/lib/validation/fields";
import { confirmUnitLinksAction, dismissUnitLinksAction } from "@/app/(community)/community/unit-links/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "trust.links.title" });
}

/** 单位关联确认: suggested member ↔ unit matches wait here for the secretary (docs/decisions/060). */
export default async function UnitLinksPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const actor = await requirePermission("unitLinks.confirm");
  const search = await searchParams;
  const query = parseQueryText(search.q);
  const [{ rows, total, page, pageSize }, t, tm] = await Promise.all([
    listUnitLinkSuggestions({ actor, input: { query, page: parsePage(search.page) } }),
    getTranslations("trust.links"),
    getTranslations("member"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          total ? (
            <div className="flex flex-wrap items-center gap-3">
              <ConfirmSelectedLinksForm action={confirmUnitLinksAction} />
              <ConfirmAllLinksForm action={confirmUnitLinksAction} query={query} count={total} />
            </div>
          ) : undefined
        }
      />
      <SearchBox label={t("search")} defaultValue={query} />
      {rows.length ? (
        <DataTable
          caption={t("total", { count: total })}
          head={
            <>
              <th scope="col" className="w-12 px-4 py-2">
                <span className="sr-only">{t("confirmSelected")}</span>
              </th>
              <th scope="col" className="px-4 py-2">
                {t("member")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("typed")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("suggested")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("residence")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("status")}
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">{t("dismiss")}</span>
              </th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-4 py-2">
                <SelectLink memberId={row.id} name={row.name} />
              </td>
              <td className="px-4 py-2 font-medium">{row.name}</td>
              <td className="px-4 py-2">
                {[row.employerName, row.employerBranch].filter(Boolean).join(" / ")}
                {row.position ? ` · ${row.position}` : ""}
              </td>
              <td className="px-4 py-2">
                {row.unit.name}
                {row.unit.partyBranchName ? (
                  <span className="block text-sm text-gray-600">{row.unit.partyBranchName}</span>
                ) : null}
              </td>
              <td className="px-4 py-2">{[row.grid?.name, row.building?.name, row.room].filter(Boolean).join(" · ")}</td>
              <td className="px-4 py-2">{tm(`status.${row.status}`)}</td>
              <td className="px-4 py-2">
                <DismissLinkForm action={dismissUnitLinksAction} memberId={row.id} />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={query ? t("noMatch") : t("empty")} />
      )}
      <Pagination page={page} pageSize={pageSize} total={total} params={{ q: query }} />
    </>
  );
}
