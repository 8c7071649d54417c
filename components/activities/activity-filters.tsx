import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { activitiesHref, DATE_RANGES, type DateRange } from "@/lib/activities/activity-rules";

type Chip = { href: string; label: string; current: boolean };

function ChipRow({ label, chips }: { label: string; chips: Chip[] }) {
  return (
    <div>
      <h2 className="mb-1 text-sm font-medium text-gray-700">{label}</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.href}>
            <Link
              href={chip.href}
              aria-current={chip.current ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 text-base ${
                chip.current
                  ? "border-accent bg-accent font-medium text-white"
                  : "border-gray-300 bg-white text-gray-800 hover:bg-gray-100"
              }`}
            >
              {chip.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Filters as links (GET parameters): one tap each, no submit button, and the URL can be shared. */
export async function ActivityFilters({
  categories,
  categoryId,
  range,
}: {
  categories: { id: string; label: string }[];
  categoryId?: string;
  range: DateRange;
}) {
  const t = await getTranslations("memberActivities.filters");
  const rangeChips = DATE_RANGES.map((r) => ({
    href: activitiesHref({ categoryId, range: r }),
    label: t(`range.${r}`),
    current: r === range,
  }));
  const categoryChips = [
    { href: activitiesHref({ range }), label: t("allCategories"), current: !categoryId },
    ...categories.map((c) => ({
      href: activitiesHref({ categoryId: c.id, range }),
      label: c.label,
      current: c.id === categoryId,
    })),
  ];
  return (
    <nav aria-label={t("label")} className="space-y-3">
      <ChipRow label={t("when")} chips={rangeChips} />
      {categories.length > 1 || categoryId ? <ChipRow label={t("category")} chips={categoryChips} /> : null}
    </nav>
  );
}
