import { getTranslations } from "next-intl/server";
import { currentYear } from "@/lib/time";
import { unitYears } from "@/lib/unit-portal/unit-member-filter";
import { buttonClass } from "../ui/button";

/** The years to choose from: this year back to the portal's first. */
export function yearOptions(selected: number): number[] {
  const years: number[] = [];
  for (let y = currentYear(); y >= unitYears().min; y -= 1) years.push(y);
  if (!years.includes(selected)) years.unshift(selected);
  return years;
}

/** A GET form: the year lives in the URL (`?year=2025`), so a year-end view can be bookmarked. */
export async function YearPicker({ year }: { year: number }) {
  const t = await getTranslations("unitPortal.dashboard");
  return (
    <form method="get" className="flex items-end gap-2">
      <div>
        <label htmlFor="dashboard-year" className="block text-sm font-medium text-gray-800">
          {t("yearLabel")}
        </label>
        <select
          id="dashboard-year"
          name="year"
          defaultValue={String(year)}
          className="mt-1 block rounded-md border border-gray-400 bg-white px-2 py-2 text-sm"
        >
          {yearOptions(year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
