import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { CategoryLabel } from "@/components/activities/category-label";

type NeedLine = {
  id: string;
  needId: string;
  title: string;
  hours: number;
  rating: number | null;
  confirmedAt: Date;
  category: { nameZh: string; nameEn: string; icon: string };
};

/** 帮办的群众需求: confirmed needs the member helped with, in their service record. */
export async function NeedsHelped({ needs }: { needs: NeedLine[] }) {
  const [t, format] = await Promise.all([getTranslations("needBoard.records"), getFormatter()]);
  return (
    <section aria-labelledby="needs-helped" className="space-y-3">
      <h2 id="needs-helped" className="text-lg font-semibold text-gray-900">
        {t("title")}
      </h2>
      {needs.length ? (
        <ul className="divide-y divide-gray-100 overflow-hidden rounded-lg border border-gray-200 bg-white">
          {needs.map((n) => (
            <li key={n.id} className="px-4 py-3">
              <Link href={`/me/needs/${n.needId}`} className="font-medium text-gray-900 underline-offset-2 hover:underline">
                {n.title}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-gray-600">
                <CategoryLabel category={n.category} />
                <span>{format.dateTime(n.confirmedAt, { year: "numeric", month: "numeric", day: "numeric" })}</span>
                <span>{t("hours", { hours: n.hours })}</span>
                {n.rating ? <span>{t("rating", { rating: n.rating })}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState message={t("empty")} />
      )}
    </section>
  );
}
