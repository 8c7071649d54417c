import { useTranslations } from "next-intl";

/**
 * Stars in gold (the only gold on the site), with the number in words for screen readers.
 * Zero stars is said in words, never an empty row of outlines alone.
 */
export function Stars({ count, size = "base" }: { count: number; size?: "base" | "lg" }) {
  const t = useTranslations("ratings");
  const text = size === "lg" ? "text-2xl" : "text-lg";
  if (count <= 0) return <span className="text-sm text-gray-600">{t("starsWord", { count: 0 })}</span>;
  return (
    <span className={`inline-flex items-center leading-none whitespace-nowrap ${text}`}>
      <span aria-hidden="true">
        <span className="text-amber-500">{"★".repeat(count)}</span>
        <span className="text-gray-300">{"☆".repeat(Math.max(0, 5 - count))}</span>
      </span>
      <span className="sr-only">{t("starsWord", { count })}</span>
    </span>
  );
}
