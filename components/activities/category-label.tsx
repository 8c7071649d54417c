import { getLocale } from "next-intl/server";
import { categoryName } from "@/lib/menu/category-label";
import { CategoryIcon } from "../menu/category-icon";

/** A service category with its icon, in the viewer's language. */
export async function CategoryLabel({ category }: { category: { nameZh: string; nameEn: string; icon: string } }) {
  const locale = await getLocale();
  return (
    <span className="inline-flex items-center gap-1 text-sm text-gray-700">
      <CategoryIcon icon={category.icon} className="h-4 w-4 text-accent" />
      {categoryName(category, locale)}
    </span>
  );
}
