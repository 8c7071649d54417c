import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CategoryLabel } from "@/components/activities/category-label";
import { ageInDays, NeedStatusBadge } from "@/components/needs/need-labels";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getActor, requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { listQueueFilterOptions } from "@/lib/needs/list-queue-filter-options";
import { listTriageQueue } from "@/lib/needs/list-triage-queue";
import { NEED_KINDS, parseQueueQuery, QUEUE_TABS } from "@/lib/needs/queue-schema";
import type { SearchParams } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations("needTriage"), getActor()]);
  return { title: t("queueTitle", { place: actor?.active?.orgName ?? "" }) };
}

const inputClass = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-2 py-2 text-sm";

export default async function NeedsQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("needs.manage");
  const query = parseQueueQuery(await searchParams);
  const [queue, options, t, tw, format, locale] = await Promise.all([
    listTriageQueue({ actor, input: query }),
    listQueueFilterOptions({ actor }),
    getTranslations("needTriage"),
    getTranslations("needWork"),
    getFormatter(),
    getLocale(),
  ]);
  const now = new Date();
  const keep = { kind: query.kind, category: query.categoryId, building: query.buildingId, q: query.q };
  const tabHref = (tab: string) =>
    `/community/needs?${new URLSearchParams(Object.entries({ ...keep, tab }).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <>
      <PageHeader
        title={t("queueHeading")}
        description={t("queueDescription")}
        actions={
          <>
            <LinkButton href="/community/needs/record">{t("recordOnBehalf")}</LinkButton>
            <LinkButton href="/community/needs/posters" variant="secondary">
              {t("posters")}
            </LinkButton>
            <LinkButton href="/community/needs/stories" variant="secondary">
              {t("stories")}
            </LinkButton>
          </>
        }
      />
      <nav aria-label={t("tabs")} className="mb-4 flex flex-wrap gap-2">
        {QUEUE_TABS.map((tab) => (
          <Link
            key={tab}
            href={tabHref(tab)}
            aria-current={tab === query.tab ? "page" : undefined}
            className={`rounded-full px-4 py-1.5 text-sm ${tab === query.tab ? "bg-accent text-white" : "bg-white text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"}`}
          >
            {t(`tab.${tab}`, { count: queue.counts[tab] })}
          </Link>
        ))}
      </nav>
      <form method="get" role="search" className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
        <input type="hidden" name="tab" value={query.tab} />
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <div className="sm:col-span-2">
            <label htmlFor="needs-q" className="text-sm font-medium">
              {t("search")}
            </label>
            <input
              id="needs-q"
              name="q"
              defaultValue={query.q}
              placeholder={t("searchHint")}
              className={inputClass}
              maxLength={40}
            />
          </div>
          <FilterSelect
            name="kind"
            label={t("kind")}
            value={query.kind}
            emptyLabel={t("all")}
            options={NEED_KINDS.map((k) => ({ value: k, label: tw(`kind.${k}`) }))}
          />
          <FilterSelect
            name="category"
            label={t("category")}
            value={query.categoryId}
            emptyLabel={t("all")}
            options={options.categories.map((c) => ({ value: c.id, label: categoryName(c, locale) }))}
          />
          <FilterSelect
            name="building"
            label={t("building")}
            value={query.buildingId}
            emptyLabel={t("all")}
            options={options.buildings.map((b) => ({ value: b.id, label: b.name }))}
          />
        </div>
        <div className="mt-3 flex gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            {t("filter")}
          </button>
          <Link href={`/community/needs?tab=${query.tab}`} className={buttonClass("ghost")}>
            {t("clearFilters")}
          </Link>
        </div>
      </form>
      {queue.rows.length ? (
        <DataTable
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("received")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("need")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("building")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("statusLabel")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("claimed")}
              </th>
            </>
          }
        >
          {queue.rows.map((n) => {
            const age = ageInDays(n.createdAt, now);
            return (
              <tr key={n.id}>
                <td className="tabular px-4 py-2 whitespace-nowrap">
                  <span className={age >= 3 && n.status === "SUBMITTED" ? "font-semibold text-red-800" : undefined}>
                    {t("age", { days: age })}
                  </span>
                  <div className="text-xs text-gray-600">
                    {format.dateTime(n.createdAt, { month: "numeric", day: "numeric" })}
                  </div>
                </td>
                <td className="px-4 py-2">
                  <Link href={`/community/needs/${n.id}`} className="font-medium underline-offset-2 hover:underline">
                    {n.content.length > 60 ? `${n.content.slice(0, 60)}…` : n.content}
                  </Link>
                  <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-gray-600">
                    <span>{tw(`kind.${n.kind}`)}</span>
                    <CategoryLabel category={n.category} />
                    {n.source === "ON_BEHALF" ? <span>{t("onBehalf")}</span> : null}
                    {n.duplicates.length ? (
                      <span className="font-medium text-amber-800">
                        {t("possibleDuplicates", { count: n.duplicates.length })}
                      </span>
                    ) : null}
                  </div>
                </td>
                <td className="px-4 py-2">{n.building?.name ?? "—"}</td>
                <td className="px-4 py-2">
                  <NeedStatusBadge status={n.status} />
                  {n.unit ? <div className="text-xs text-gray-600">{n.unit.name}</div> : null}
                </td>
                <td className="tabular px-4 py-2 text-right">
                  {n.claimedCount} / {n.places}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : (
        <EmptyState message={t(`empty.${query.tab}`)} />
      )}
      <Pagination page={queue.page} pageSize={queue.pageSize} total={queue.total} params={{ tab: query.tab, ...keep }} />
    </>
  );
}
