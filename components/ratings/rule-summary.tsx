import { useTranslations } from "next-intl";

type Rule = { thresholds: number[]; pointsWeight: number; peerWeight: number; residentWeight: number };

/** The rule in words: what score each star needs, and what the score is made of. */
export function RuleSummary({ rule, compact = false }: { rule: Rule; compact?: boolean }) {
  const t = useTranslations("ratings");
  const parts = [
    rule.pointsWeight ? t("rule.partPoints", { weight: rule.pointsWeight }) : null,
    rule.peerWeight ? t("rule.partPeer", { weight: rule.peerWeight }) : null,
    rule.residentWeight ? t("rule.partResident", { weight: rule.residentWeight }) : null,
  ].filter(Boolean);
  return (
    <div className={compact ? "space-y-1 text-sm text-gray-700" : "space-y-2 text-gray-800"}>
      <p>{t("rule.scoreIs", { parts: parts.join(t("rule.plus")) })}</p>
      <ul className={`grid gap-x-6 gap-y-1 ${compact ? "" : "sm:grid-cols-2"}`}>
        {[5, 4, 3, 2, 1].map((stars) => (
          <li key={stars} className="tabular">
            {t("rule.needs", { stars, score: rule.thresholds[stars - 1] ?? 0 })}
          </li>
        ))}
      </ul>
      <p className="text-sm text-gray-600">{t("rule.pointsNote")}</p>
    </div>
  );
}
