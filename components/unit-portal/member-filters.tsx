import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  UNIT_MEMBER_SORTS,
  UNIT_MEMBER_STATUSES,
  UNIT_SERVED,
  unitMemberQuery,
  type UnitMemberFilter,
} from "@/lib/unit-portal/unit-member-filter";
import { buttonClass } from "../ui/button";
import { yearOptions } from "./year-picker";
import { FilterSelect } from "../ui/filter-select";

type Options = {
  communities: { id: string; name: string; members: number }[];
  categories: { id: string; nameZh: string; nameEn: string }[];
};

const fieldClass = "mt-1 block w-full rounded-md border border-gray-500 bg-white px-2 py-2 text-sm";

/** A GET form: filters live in the URL, so they survive reloads and the export gets the same query. */
export async function UnitMemberFilters({
  filter,
  options,
  locale,
}: {
  filter: UnitMemberFilter;
  options: Options;
  locale: string;
}) {
  const t = await getTranslations("unitPortal");
  const category = filter.categoryId ? options.categories.find((c) => c.id === filter.categoryId) : undefined;
  // conditions that come from the dashboard's tables and have no field of their own
  const chips: { label: string; href: string }[] = [];
  if (filter.categoryId) {
    const name = category ? (locale === "en" ? category.nameEn : category.nameZh) : "—";
    chips.push({
      label: t("members.categoryFilter", { name }),
      href: `/unit/members?${unitMemberQuery({ ...filter, categoryId: undefined, page: undefined })}`,
    });
  }
  if (filter.month) {
    chips.push({
      label: t("members.monthFilter", { month: filter.month }),
      href: `/unit/members?${unitMemberQuery({ ...filter, month: undefined, page: undefined })}`,
    });
  }
  return (
    <form method="get" className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
      {filter.categoryId ? <input type="hidden" name="categoryId" value={filter.categoryId} /> : null}
      {filter.month ? <input type="hidden" name="month" value={filter.month} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7">
        <div>
          <label htmlFor="unit-q" className="text-sm font-medium">
            {t("members.search")}
          </label>
          <input id="unit-q" name="q" defaultValue={filter.q} className={fieldClass} />
        </div>
        <FilterSelect
          name="communityId"
          label={t("members.community")}
          value={filter.communityId}
          emptyLabel={t("members.all")}
          options={options.communities.map((c) => ({ value: c.id, label: `${c.name} (${c.members})` }))}
        />
        <FilterSelect
          name="status"
          label={t("members.status")}
          value={filter.status}
          emptyLabel={t("members.all")}
          options={UNIT_MEMBER_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) }))}
        />
        <FilterSelect
          name="served"
          label={t("members.served")}
          value={filter.served}
          emptyLabel={t("members.all")}
          options={UNIT_SERVED.map((v) => ({ value: v, label: t(`members.servedOptions.${v}`) }))}
        />
        <FilterSelect
          name="year"
          label={t("members.year")}
          value={String(filter.year)}
          options={yearOptions(filter.year).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <div className="sm:col-span-2">
          <label htmlFor="unit-sort" className="text-sm font-medium">
            {t("members.sort")}
          </label>
          <div className="flex gap-2">
            <select id="unit-sort" name="sort" defaultValue={filter.sort} className={fieldClass}>
              {UNIT_MEMBER_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`members.sorts.${s}`)}
                </option>
              ))}
            </select>
            <select aria-label={t("members.direction")} name="dir" defaultValue={filter.dir} className={fieldClass}>
              <option value="asc">{t("members.asc")}</option>
              <option value="desc">{t("members.desc")}</option>
            </select>
          </div>
        </div>
      </div>
      {chips.length ? (
        <ul className="mt-3 flex flex-wrap gap-2">
          {chips.map((chip) => (
            <li key={chip.label}>
              <Link
                href={chip.href}
                className="inline-flex items-center gap-1 rounded-full bg-gray-100 px-3 py-1 text-sm text-gray-800 ring-1 ring-gray-300 hover:bg-gray-200"
                aria-label={t("members.removeFilter", { label: chip.label })}
              >
                {chip.label}
                <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("members.apply")}
        </button>
        <Link href="/unit/members" className={buttonClass("ghost")}>
          {t("members.clear")}
        </Link>
      </div>
    </form>
  );
}
