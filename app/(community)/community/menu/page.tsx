import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CategoryHeading } from "@/components/menu/category-icon";
import { ApproveProposalForm, CopyLastYearForm, DeclineProposalForm } from "@/components/menu/item-forms";
import { ItemsTable, MembersWithoutPledgesTable, PledgesByMemberTable } from "@/components/menu/menu-tables";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { countCopyableItems } from "@/lib/menu/count-copyable-items";
import { listMembersWithoutPledges } from "@/lib/menu/list-members-without-pledges";
import { listMenu } from "@/lib/menu/list-menu";
import { listPledgesByMember } from "@/lib/menu/list-pledges-by-member";
import { anyYear, currentYear, parseYear } from "@/lib/time";
import {
  approveProposalAction,
  copyLastYearMenuAction,
  declineProposalAction,
  setItemOpenAction,
} from "@/app/(community)/community/menu/actions";
import { Notice } from "@/components/ui/notice";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "menu.title" });
}

export default async function MenuPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("menu.manage");
  const params = await searchParams;
  const year = parseYear(params.year, anyYear());
  const view = single(params.view) === "members" ? "members" : "items";
  const copied = single(params.copied);
  const [t, locale] = await Promise.all([getTranslations("menu"), getLocale()]);
  const thisYear = currentYear();

  const tabs = (
    <nav aria-label={t("views")} className="mb-6 flex gap-1 border-b border-gray-200">
      {(["items", "members"] as const).map((v) => (
        <Link
          key={v}
          href={`/community/menu?year=${year}${v === "members" ? "&view=members" : ""}`}
          aria-current={view === v ? "page" : undefined}
          className={`-mb-px inline-flex min-h-11 items-center border-b-2 px-4 text-sm font-medium ${view === v ? "border-red-700 text-gray-900" : "border-transparent text-gray-600 hover:text-gray-900"}`}
        >
          {t(`view.${v}`)}
        </Link>
      ))}
    </nav>
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { year })}
        actions={<LinkButton href={`/community/menu/items/new?year=${year}`}>{t("addItem")}</LinkButton>}
      />
      <YearSwitcher
        year={year}
        thisYear={thisYear}
        basePath="/community/menu"
        params={{ view: view === "members" ? "members" : undefined }}
      />
      {single(params.saved) ? (
        <Notice tone="success" className="mb-4" role="status">
          {t("itemAdded")}
        </Notice>
      ) : null}
      {copied !== undefined ? (
        <Notice tone="success" className="mb-4" role="status">
          {Number(copied) > 0 ? t("copiedCount", { count: Number(copied) }) : t("copiedNone")}
        </Notice>
      ) : null}
      {tabs}
      {view === "members" ? <MembersView year={year} actor={actor} /> : <ItemsView year={year} actor={actor} locale={locale} />}
    </>
  );
}

type Actor = Awaited<ReturnType<typeof requirePermission>>;

async function ItemsView({ year, actor, locale }: { year: number; actor: Actor; locale: string }) {
  const [menu, copyable, t, format] = await Promise.all([
    listMenu({ actor, input: { year } }),
    countCopyableItems({ actor, input: { year } }),
    getTranslations("menu"),
    getFormatter(),
  ]);
  const categoryOptions = menu.categories.map((c) => ({ value: c.id, label: categoryName(c, locale) }));

  return (
    <div className="space-y-8">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("stats.items")} value={menu.counts.items} />
        <Stat label={t("stats.open")} value={menu.counts.open} />
        <Stat label={t("stats.pledges")} value={menu.counts.pledges} />
        <Stat label={t("stats.proposals")} value={menu.proposals.length} />
      </div>

      {menu.proposals.length ? (
        <section aria-labelledby="proposals-heading">
          <h2 id="proposals-heading" className="mb-3 text-lg font-semibold text-gray-900">
            {t("proposalsTitle", { count: menu.proposals.length })}
          </h2>
          <ul className="space-y-4">
            {menu.proposals.map((p) => (
              <li key={p.id}>
                <Card title={p.title}>
                  <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
                    <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1.5 text-sm">
                      <dt className="text-gray-600">{t("proposedBy")}</dt>
                      <dd>
                        {p.proposedBy ? (
                          <Link href={`/community/members/${p.proposedBy.id}`} className="underline">
                            {p.proposedBy.name}
                          </Link>
                        ) : (
                          "—"
                        )}
                      </dd>
                      <dt className="text-gray-600">{t("fields.category")}</dt>
                      <dd>{categoryName(p.category, locale)}</dd>
                      <dt className="text-gray-600">{t("fields.description")}</dt>
                      <dd className="whitespace-pre-line">{p.description ?? "—"}</dd>
                      <dt className="text-gray-600">{t("fields.typicalTime")}</dt>
                      <dd>{p.typicalTime ?? "—"}</dd>
                      <dt className="text-gray-600">{t("proposedAt")}</dt>
                      <dd className="tabular">{format.dateTime(p.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                    </dl>
                    <div className="space-y-5 border-t border-gray-100 pt-4 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6">
                      <ApproveProposalForm
                        action={approveProposalAction}
                        id={p.id}
                        categories={categoryOptions}
                        defaultCategoryId={p.category.id}
                      />
                      <DeclineProposalForm action={declineProposalAction} id={p.id} />
                    </div>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {copyable > 0 ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-gray-200 bg-white p-4">
          <p className="text-sm text-gray-700">{t("copyHint", { count: copyable, from: year - 1 })}</p>
          <CopyLastYearForm action={copyLastYearMenuAction} year={year} count={copyable} />
        </div>
      ) : null}

      {menu.groups.length === 0 ? (
        <EmptyState
          message={t("empty")}
          action={<LinkButton href={`/community/menu/items/new?year=${year}`}>{t("addFirstItem")}</LinkButton>}
        />
      ) : (
        menu.groups.map((group) => (
          <section key={group.category.id} aria-label={categoryName(group.category, locale)} className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <CategoryHeading
                icon={group.category.icon}
                name={categoryName(group.category, locale)}
                extra={t("itemCount", { count: group.items.length })}
              />
              <Link
                href={`/community/menu/items/new?year=${year}&categoryId=${group.category.id}`}
                className="inline-flex min-h-10 items-center text-sm underline"
              >
                {t("addItemIn", { category: categoryName(group.category, locale) })}
              </Link>
            </div>
            <ItemsTable items={group.items} setOpen={setItemOpenAction} />
          </section>
        ))
      )}

      {menu.declined.length ? (
        <details className="rounded-lg border border-gray-200 bg-white p-4">
          <summary className="min-h-11 cursor-pointer font-medium">{t("declinedTitle", { count: menu.declined.length })}</summary>
          <ul className="mt-3 divide-y divide-gray-100 text-sm">
            {menu.declined.map((d) => (
              <li key={d.id} className="py-2">
                <span className="font-medium">{d.title}</span>
                {d.proposedBy ? <span className="text-gray-600"> · {d.proposedBy.name}</span> : null}
                <p className="text-gray-700">{t("declinedBecause", { reason: d.declineReason ?? "—" })}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

async function MembersView({ year, actor }: { year: number; actor: Actor }) {
  const [rows, without, t] = await Promise.all([
    listPledgesByMember({ actor, input: { year } }),
    listMembersWithoutPledges({ actor, input: { year } }),
    getTranslations("menu"),
  ]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="by-member-heading" className="space-y-3">
        <h2 id="by-member-heading" className="text-lg font-semibold text-gray-900">
          {t("byMemberTitle", { count: rows.length })}
        </h2>
        {rows.length ? <PledgesByMemberTable rows={rows} /> : <EmptyState message={t("byMemberEmpty")} />}
      </section>
      <section aria-labelledby="without-heading" className="space-y-3">
        <div>
          <h2 id="without-heading" className="text-lg font-semibold text-gray-900">
            {t("withoutTitle", { count: without.length })}
          </h2>
          <p className="mt-1 text-sm text-gray-600">{t("withoutHint")}</p>
        </div>
        {without.length ? <MembersWithoutPledgesTable members={without} /> : <EmptyState message={t("withoutEmpty")} />}
      </section>
    </div>
  );
}
