// Pure rules of the needs loop's suggestions: similar texts (duplicates) and members' fit
// (matching). Unit-tested; the use cases load the rows and call these. Decision 087.

/** Character bigrams of a text, punctuation and spaces dropped (Chinese has no word breaks). */
export function bigrams(text: string): Set<string> {
  const chars = [...text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "")];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  if (chars.length === 1) grams.add(chars[0]);
  return grams;
}

/** Dice coefficient of two texts' bigrams: 0 (nothing shared) … 1 (the same). */
export function similarity(a: string, b: string): number {
  return diceOf(bigrams(a), bigrams(b));
}

/** Dice coefficient of two bigram sets (compute each text's set once when comparing many). */
export function diceOf(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Share of the first text's bigrams found in the second (a short remark inside a longer need). */
export function containment(part: string, whole: string): number {
  const x = bigrams(part);
  const y = bigrams(whole);
  if (!x.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / x.size;
}

/** Two needs of the same building whose texts are at least this similar are suggested as duplicates. */
export const DUPLICATE_THRESHOLD = 0.35;

export type Availability = "WEEKDAY_DAY" | "WEEKDAY_EVENING" | "WEEKEND";

/** The times a resident's "when" (free text, e.g. 周六上午) points at. */
export function wantedTimes(wantedWhen: string | null | undefined): Availability[] {
  if (!wantedWhen) return [];
  const times = new Set<Availability>();
  if (/周末|周六|周日|星期六|星期日|星期天|礼拜六|礼拜天|weekend|saturday|sunday/i.test(wantedWhen)) times.add("WEEKEND");
  if (/晚上|傍晚|夜里|下班|evening|night/i.test(wantedWhen)) times.add("WEEKDAY_EVENING");
  if (/工作日|周[一二三四五]|星期[一二三四五]|上午|下午|白天|weekday|morning|afternoon/i.test(wantedWhen))
    times.add("WEEKDAY_DAY");
  return [...times];
}

export type MatchCandidate = {
  id: string;
  buildingId: string | null;
  gridId: string | null;
  skills: string[];
  availability: string[];
  /** this year's pledges: their categories and remarks */
  pledges: { categoryId: string; categoryName: string; remark: string }[];
  /** claims the member holds right now (ACTIVE) */
  activeClaims: number;
  /** claims taken in the last 30 days */
  recentClaims: number;
};

export type MatchNeed = {
  categoryId: string;
  content: string;
  wantedWhen: string | null;
  buildingId: string | null;
  gridId: string | null;
};

/** Why a member is suggested: a message key (needTriage.reason.<key>) and its values. */
export type MatchReason = { key: string; values?: Record<string, string | number> };

export const MATCH_WEIGHTS = {
  pledgedCategory: 40,
  pledgeRemark: 15,
  skill: 25,
  availability: 10,
  sameBuilding: 20,
  sameGrid: 10,
  perActiveClaim: -12,
  perRecentClaim: -4,
} as const;

/**
 * A member's fit for a need, and why: pledged the need's category this year, a pledge remark or a
 * skill (职业特长) that the need's text mentions, free at the wanted time, living in the same
 * building or grid; minus their current and recent load, so the same keen few are not always asked.
 */
export function scoreMember(need: MatchNeed, m: MatchCandidate): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  let score = 0;
  const pledged = m.pledges.find((p) => p.categoryId === need.categoryId);
  if (pledged) {
    score += MATCH_WEIGHTS.pledgedCategory;
    reasons.push({ key: "pledgedCategory", values: { category: pledged.categoryName } });
  }
  const remark = m.pledges.find((p) => p.remark && containment(p.remark, need.content) >= 0.25);
  if (remark) {
    score += MATCH_WEIGHTS.pledgeRemark;
    reasons.push({ key: "pledgeRemark" });
  }
  const skill = m.skills.find(
    (s) => s.trim().length >= 2 && (need.content.includes(s.trim()) || containment(s, need.content) >= 0.5),
  );
  if (skill) {
    score += MATCH_WEIGHTS.skill;
    reasons.push({ key: "skill", values: { skill } });
  }
  const times = wantedTimes(need.wantedWhen);
  if (times.some((t) => m.availability.includes(t))) {
    score += MATCH_WEIGHTS.availability;
    reasons.push({ key: "availability" });
  }
  if (need.buildingId && m.buildingId === need.buildingId) {
    score += MATCH_WEIGHTS.sameBuilding;
    reasons.push({ key: "sameBuilding" });
  } else if (need.gridId && m.gridId === need.gridId) {
    score += MATCH_WEIGHTS.sameGrid;
    reasons.push({ key: "sameGrid" });
  }
  if (m.activeClaims > 0) {
    score += MATCH_WEIGHTS.perActiveClaim * m.activeClaims;
    reasons.push({ key: "busy", values: { count: m.activeClaims } });
  } else if (m.recentClaims > 0) {
    score += MATCH_WEIGHTS.perRecentClaim * m.recentClaims;
    reasons.push({ key: "recent", values: { count: m.recentClaims } });
  } else {
    reasons.push({ key: "free" });
  }
  return { score, reasons };
}

/** Best first; among equals the less loaded, then a stable order by id. */
export function rankMembers<T extends MatchCandidate>(need: MatchNeed, members: T[]) {
  return members
    .map((m) => ({ member: m, ...scoreMember(need, m) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.member.activeClaims + a.member.recentClaims - (b.member.activeClaims + b.member.recentClaims) ||
        a.member.id.localeCompare(b.member.id),
    );
}
