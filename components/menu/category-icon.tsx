import {
  ClipboardList,
  Flag,
  HandHeart,
  Lightbulb,
  Megaphone,
  Music,
  Shield,
  Sparkles,
  Trees,
  type LucideIcon,
} from "lucide-react";

/** The lucide icons named by the seeded categories; a community's own category falls back to a list. */
export const CATEGORY_ICONS: Record<string, LucideIcon> = {
  trees: Trees,
  flag: Flag,
  "hand-heart": HandHeart,
  shield: Shield,
  megaphone: Megaphone,
  music: Music,
  lightbulb: Lightbulb,
  sparkles: Sparkles,
};

/** The sprite name of a category's icon (see components/ui/icon-sprite.tsx): its own or the fallback. */
export const categorySpriteName = (icon: string) => (icon in CATEGORY_ICONS ? `category-${icon}` : "category-other");

/** Every category icon for a sprite, under the names `categorySpriteName` gives. */
export const CATEGORY_SPRITE: Record<string, LucideIcon> = {
  ...Object.fromEntries(Object.entries(CATEGORY_ICONS).map(([k, v]) => [`category-${k}`, v])),
  "category-other": ClipboardList,
};

/** Decorative: always shown next to the category's name, which carries the meaning. */
export function CategoryIcon({ icon, className = "h-5 w-5" }: { icon: string; className?: string }) {
  const Icon = CATEGORY_ICONS[icon] ?? ClipboardList;
  return <Icon aria-hidden="true" className={className} />;
}

export function CategoryHeading({ icon, name, level = 2, extra }: { icon: string; name: string; level?: 2 | 3; extra?: string }) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag className="flex items-center gap-2 text-lg font-semibold text-gray-900">
      <span className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-red-50 text-red-700">
        <CategoryIcon icon={icon} />
      </span>
      {name}
      {extra ? <span className="text-sm font-normal text-gray-600">{extra}</span> : null}
    </Tag>
  );
}
