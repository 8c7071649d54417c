import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RosterFilter } from "@/lib/roster/roster-filter";
import { AVAILABILITY, MEMBER_KINDS, MEMBER_STATUSES, ROSTER_SORTS } from "@/lib/roster/roster-filter";
import { buttonClass } from "../ui/button";
import { FilterSelect } from "../ui/filter-select";
import { ROSTER_COLUMNS, type RosterColumn } from "./columns";

type Options = {
  grids: { id: string; name: string; children: { id: string; name: string }[] }[];
  employers: { id: string; name: string }[];
};

const selectClass = "mt-1 block w-full rounded-md border border-gray-500 bg-white px-2 py-2 text-sm";

/** A GET form: filters live in the URL, so they survive reloads, back buttons and shared links. */
export async function RosterFilters({
  filter,
  options,
  statusCounts,
  gridCounts,
  columns,
}: {
  filter: RosterFilter;
  options: Options;
  statusCounts: Record<string, number>;
  gridCounts: Record<string, number>;
  columns: RosterColumn[];
}) {
  const t = await getTranslations("roster");
  const tr = await getTranslations("register");
  const count = (n: number | undefined) => ` (${n ?? 0})`;
  return (
    <form method="get" className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-9">
        <div className="sm:col-span-2">
          <label htmlFor="roster-q" className="text-sm font-medium">
            {t("search")}
          </label>
          <input id="roster-q" name="q" defaultValue={filter.q} placeholder={t("searchHint")} className={selectClass} />
        </div>
        <div>
          <label htmlFor="roster-grid" className="text-sm font-medium">
            {t("gridOrBuilding")}
          </label>
          <select
            id="roster-grid"
            name="place"
            defaultValue={filter.buildingId ? `b:${filter.buildingId}` : filter.gridId ? `g:${filter.gridId}` : ""}
            className={selectClass}
          >
            <option value="">{t("all")}</option>
            {options.grids.map((g) => (
              <optgroup key={g.id} label={g.name}>
                <option value={`g:${g.id}`}>
                  {g.name}
                  {t("wholeGrid")}
                  {count(gridCounts[g.id])}
                </option>
                {g.children.map((b) => (
                  <option key={b.id} value={`b:${b.id}`}>
                    {b.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <FilterSelect
          name="status"
          label={t("status")}
          value={filter.status}
          emptyLabel={t("current")}
          options={MEMBER_STATUSES.map((v) => ({ value: v, label: `${t(`statuses.${v}`)}${count(statusCounts[v])}` }))}
        />
        <FilterSelect
          name="kind"
          label={tr("kind")}
          value={filter.kind}
          emptyLabel={t("all")}
          options={MEMBER_KINDS.map((v) => ({ value: v, label: tr(`kinds.${v}`) }))}
        />
        <FilterSelect
          name="employerUnitId"
          label={tr("employer")}
          value={filter.employerUnitId}
          emptyLabel={t("all")}
          options={options.employers.map((e) => ({ value: e.id, label: e.name }))}
        />
        <FilterSelect
          name="availability"
          label={tr("availability")}
          value={filter.availability}
          emptyLabel={t("all")}
          options={AVAILABILITY.map((v) => ({ value: v, label: tr(`availabilityOptions.${v}`) }))}
        />
        <FilterSelect
          name="served"
          label={t("served")}
          value={filter.served}
          emptyLabel={t("all")}
          options={[
            { value: "never", label: t("neverServed") },
            { value: "yes", label: t("hasServed") },
          ]}
        />
        <div>
          <label htmlFor="roster-sort" className="text-sm font-medium">
            {t("sort")}
          </label>
          <select id="roster-sort" name="sort" defaultValue={filter.sort} className={selectClass}>
            {ROSTER_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
          <select aria-label={t("direction")} name="dir" defaultValue={filter.dir} className={selectClass}>
            <option value="asc">{t("asc")}</option>
            <option value="desc">{t("desc")}</option>
          </select>
        </div>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-gray-700">{t("columns")}</summary>
        <fieldset className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          <legend className="sr-only">{t("columns")}</legend>
          {ROSTER_COLUMNS.map((c) => (
            <label key={c} className="flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="cols"
                value={c}
                defaultChecked={columns.includes(c)}
                className="h-4 w-4 accent-red-700"
              />
              {t(`cols.${c}`)}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/community/roster" className={buttonClass("ghost")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
