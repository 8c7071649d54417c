import { Flag, HandHeart, Lightbulb, Megaphone, Music, Shield, Sparkles, Tag, Trees, type LucideIcon } from "lucide-react";
import { getLocale } from "next-intl/server";

const ICONS: Record<string, LucideIcon> = { trees: Trees, flag: Flag, "hand-heart": HandHeart, shield: Shield, megaphone: Megaphone, music: Music, lightbulb: Lightbulb, sparkles: Sparkles };

/** A service category with its icon, in the viewer's language. */
export async function CategoryLabel({ category }: { category: { nameZh: string; nameEn: string; icon: string } }) {
  const locale = await getLocale();
  const Icon = ICONS[category.icon] ?? Tag;
  return (
    <span className="inline-flex items-center gap-1 text-sm text-gray-700">
      <Icon aria-hidden className="h-4 w-4 text-accent" />
      {locale === "en" ? category.nameEn : category.nameZh}
    </span>
  );
}
