import { getFormatter, getTranslations } from "next-intl/server";
import type { getHonourRoll } from "@/lib/ratings/get-honour-roll";
import { RoundStatusBadge } from "./round-status";
import { RuleSummary } from "./rule-summary";
import { Stars } from "./stars";

type Roll = Extract<Awaited<ReturnType<typeof getHonourRoll>>, { published: true }>;

/**
 * The honour roll (荣誉榜) as it is shown and printed: title, 5-, 4- and 3-star members by group,
 * the exemplary stories and the rating standard. During the public notice period it says so.
 */
export async function HonourRoll({ roll, variant = "desktop" }: { roll: Roll; variant?: "desktop" | "mobile" }) {
  const [t, format] = await Promise.all([getTranslations("ratings"), getFormatter()]);
  const grid = variant === "mobile" ? "grid-cols-3" : "grid-cols-3 sm:grid-cols-4 lg:grid-cols-6 print:grid-cols-6";
  return (
    <article
      aria-labelledby="honour-roll-title"
      className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm print:border-0 print:p-0 print:shadow-none"
    >
      <div className="border-b-4 border-red-700 pb-3 text-center">
        <p className="text-sm text-gray-700">{roll.communityName}</p>
        <h2 id="honour-roll-title" className={`${variant === "mobile" ? "text-xl" : "text-2xl"} font-bold text-gray-900`}>
          {t("honour.title", { year: roll.year })}
        </h2>
        <div className="mt-2 flex flex-wrap items-center justify-center gap-2 text-sm text-gray-700">
          <RoundStatusBadge status={roll.status} />
          {roll.status === "PUBLICITY" && roll.publicityEnd ? (
            <span>
              {t("honour.publicityUntil", {
                date: format.dateTime(roll.publicityEnd, { dateStyle: "long", timeStyle: "short" }),
              })}
            </span>
          ) : null}
          {roll.status === "FINAL" && roll.finalizedAt ? (
            <span>{t("honour.finalizedOn", { date: format.dateTime(roll.finalizedAt, { dateStyle: "long" }) })}</span>
          ) : null}
        </div>
        {roll.status === "PUBLICITY" ? (
          <p className="mt-2 text-sm font-medium text-amber-800">{t("honour.publicityNote")}</p>
        ) : null}
      </div>

      {roll.honoured === 0 ? <p className="mt-6 text-center text-gray-700">{t("honour.nobody")}</p> : null}

      {roll.groups.map((group) =>
        group.members.length ? (
          <section key={group.stars} aria-labelledby={`group-${group.stars}`} className="mt-6 break-inside-avoid-page">
            <h3 id={`group-${group.stars}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-gray-900">
              <Stars count={group.stars} />
              <span>{t("honour.groupTitle", { stars: group.stars, count: group.members.length })}</span>
            </h3>
            <ul className={`mt-3 grid gap-2 ${grid}`}>
              {group.members.map((m) => (
                <li
                  key={m.ratingId}
                  className="rounded border border-gray-200 px-2 py-1.5 text-center font-medium text-gray-900 print:border-gray-400"
                >
                  {m.name}
                </li>
              ))}
            </ul>
            {group.members.some((m) => m.story) ? (
              <div className="mt-4 space-y-3">
                <h4 className="font-medium text-gray-800">{t("honour.stories")}</h4>
                <ul className="space-y-3">
                  {group.members
                    .filter((m) => m.story)
                    .map((m) => (
                      <li key={m.ratingId} className="break-inside-avoid border-l-4 border-gray-300 pl-3">
                        <p className="font-semibold text-gray-900">{m.name}</p>
                        <p className="whitespace-pre-line text-gray-800">{m.story}</p>
                      </li>
                    ))}
                </ul>
              </div>
            ) : null}
          </section>
        ) : null,
      )}

      <section aria-labelledby="honour-standard" className="mt-8 border-t border-gray-200 pt-4 break-inside-avoid">
        <h3 id="honour-standard" className="text-lg font-semibold text-gray-900">
          {t("honour.standard")}
        </h3>
        {roll.standardText ? <p className="mt-2 whitespace-pre-line text-gray-800">{roll.standardText}</p> : null}
        <div className="mt-3">
          <RuleSummary rule={roll.rule} compact />
        </div>
      </section>
    </article>
  );
}
