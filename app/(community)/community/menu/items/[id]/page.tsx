import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CategoryIcon } from "@/components/menu/category-icon";
import { ServiceItemForm, SetItemOpenForm } from "@/components/menu/item-forms";
import { ItemPledgesTable, ItemStatusBadge } from "@/components/menu/menu-tables";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { getServiceItem } from "@/lib/menu/get-service-item";
import { listItemPledges } from "@/lib/menu/list-item-pledges";
import { orNotFound } from "@/lib/or-not-found";
import { saveServiceItemAction, setItemOpenAction } from "@/app/(community)/community/menu/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "pageTitles.menuItem" });
}

export default async function ServiceItemPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("menu.manage");
  const { id } = await params;
  const [{ item, categories }, { pledges, count, withdrawn }] = await Promise.all([
    orNotFound(getServiceItem({ actor, input: { id } })),
    orNotFound(listItemPledges({ actor, input: { itemId: id } })),
  ]);
  const [t, locale, format] = await Promise.all([getTranslations("menu"), getLocale(), getFormatter()]);
  const onMenu = item.status === "OPEN" || item.status === "CLOSED";

  return (
    <>
      <Link href={`/community/menu?year=${item.year}#item-${item.id}`} className="text-sm underline">
        {t("backToMenu", { year: item.year })}
      </Link>
      <PageHeader
        title={item.title}
        description={`${t("yearLabel", { year: item.year })} · ${categoryName(item.category, locale)}`}
        actions={
          onMenu ? (
            <SetItemOpenForm action={setItemOpenAction} id={item.id} open={item.status !== "OPEN"} title={item.title} />
          ) : undefined
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm text-gray-700">
        <CategoryIcon icon={item.category.icon} className="h-5 w-5 text-red-700" />
        <ItemStatusBadge status={item.status} />
        {item.status === "CLOSED" ? <span>{t("closedExplain")}</span> : null}
        {item.proposedBy ? (
          <span>
            {t("proposedBy")}：
            <Link href={`/community/members/${item.proposedBy.id}`} className="underline">
              {item.proposedBy.name}
            </Link>
          </span>
        ) : null}
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <section id="pledges" aria-labelledby="pledges-heading" className="space-y-3">
          <h2 id="pledges-heading" className="text-lg font-semibold text-gray-900">
            {item.positions ? t("pledgesTitleOf", { count, positions: item.positions }) : t("pledgesTitle", { count })}
          </h2>
          {withdrawn ? <p className="text-sm text-gray-600">{t("withdrawnCount", { count: withdrawn })}</p> : null}
          {pledges.length ? (
            <ItemPledgesTable pledges={pledges} />
          ) : (
            <EmptyState message={onMenu ? t("noPledges") : t("noPledgesProposal")} />
          )}
        </section>

        {onMenu ? (
          <Card title={t("editItem")}>
            <ServiceItemForm
              action={saveServiceItemAction}
              year={item.year}
              categories={categories.map((c) => ({ value: c.id, label: categoryName(c, locale) }))}
              item={item}
            />
          </Card>
        ) : (
          <Card title={t("proposalTitle")}>
            <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <dt className="text-gray-600">{t("fields.description")}</dt>
              <dd className="whitespace-pre-line">{item.description ?? "—"}</dd>
              <dt className="text-gray-600">{t("fields.typicalTime")}</dt>
              <dd>{item.typicalTime ?? "—"}</dd>
              <dt className="text-gray-600">{t("proposedAt")}</dt>
              <dd className="tabular">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
              {item.declineReason ? (
                <>
                  <dt className="text-gray-600">{t("declineReason")}</dt>
                  <dd>{item.declineReason}</dd>
                </>
              ) : null}
            </dl>
            {item.status === "PROPOSED" ? (
              <p className="mt-4 text-sm">
                <Link href={`/community/menu?year=${item.year}`} className="underline">
                  {t("decideOnMenu")}
                </Link>
              </p>
            ) : null}
          </Card>
        )}
      </div>
    </>
  );
}
