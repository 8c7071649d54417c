/** A category's label in the UI language (zh-CN first, English second). */
export function categoryName(category: { nameZh: string; nameEn: string }, locale: string): string {
  return locale.startsWith("zh") ? category.nameZh : category.nameEn;
}

export const SELF_PROPOSED_CODE = "SELF_PROPOSED";
