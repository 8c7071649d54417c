import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * Where a page sits, the middle part of its title. The root layout appends the app name
 * (`%s · appName`), so every title reads "what – where · app": "活动 – 社区工作台 · 在职党员进社区".
 */
export type TitleArea = "admin" | "community" | "member" | "unit" | "public" | "print" | "checkin";

/**
 * The metadata of a page titled "what – where". `what` is a message key (with its values) or a
 * name read from the page's own row (an activity's title). Use it in every page:
 *
 *   export async function generateMetadata(): Promise<Metadata> {
 *     return pageTitle("community", { key: "activities.title" });
 *   }
 *
 * See docs/decisions/080-page-titles-and-focus.md.
 */
export async function pageTitle(
  area: TitleArea,
  what: { key: string; values?: Record<string, string | number> } | { text: string },
): Promise<Metadata> {
  const t = await getTranslations();
  const name = "text" in what ? what.text : t(what.key, what.values);
  return { title: `${name} – ${t(`pageTitles.areas.${area}`)}` };
}
