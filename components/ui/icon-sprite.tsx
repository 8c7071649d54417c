import type { LucideIcon } from "lucide-react";

/**
 * Icons repeated on every row of a list, drawn once per page: `<IconSprite>` holds each icon's paths
 * as a `<symbol>`, and each row's `<SpriteIcon>` is a `<use>` of it (~100 bytes instead of ~500, in the
 * HTML and again in the RSC payload; decision 082). Decorative only: the text beside carries the meaning.
 */
export function IconSprite({ icons }: { icons: Record<string, LucideIcon> }) {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute h-0 w-0 overflow-hidden">
      {Object.entries(icons).map(([name, Icon]) => (
        <symbol key={name} id={`icon-${name}`} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  );
}

export function SpriteIcon({ name, className }: { name: string; className?: string }) {
  return (
    <svg aria-hidden="true" className={className}>
      <use href={`#icon-${name}`} />
    </svg>
  );
}
