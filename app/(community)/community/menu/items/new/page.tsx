import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ServiceItemForm } from "@/components/menu/item-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { listMenuCategories } from "@/lib/menu/list-menu-categories";
import { anyYear, parseYear } from "@/lib/time";
import { saveServiceItemAction } from "@/app/(community)/community/menu/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "pageTitles.menuItemNew" });
}

export default async function NewServiceItemPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("menu.manage");
  const params = await searchParams;
  const year = parseYear(params.year, anyYear());
  const wanted = Array.isArray(params.categoryId) ? params.categoryId[0] : params.categoryId;
  const [categories, t, locale] = await Promise.all([listMenuCategories({ actor }), getTranslations("menu"), getLocale()]);
  return (
    <>
      <Link href={`/community/menu?year=${year}`} className="text-sm underline">
        {t("backToMenu", { year })}
      </Link>
      <PageHeader title={t("newItemTitle", { year })} description={t("newItemDescription")} />
      <Card>
        <ServiceItemForm
          action={saveServiceItemAction}
          year={year}
          categories={categories.map((c) => ({ value: c.id, label: categoryName(c, locale) }))}
          defaultCategoryId={categories.some((c) => c.id === wanted) ? wanted : undefined}
        />
      </Card>
    </>
  );
}
