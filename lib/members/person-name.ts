// One normalizer for people's names, used wherever a name comes in (roster import, registration,
// the secretary's edits, account names) and for name searches, so "张　伟" typed anywhere is stored
// and found as "张伟". The migration 20261206213244_normalize_person_names applies the same rules in
// SQL to the rows written before; tests/integration/person-names.test.ts keeps the two in step.

/** Ideographs (BMP, extension A, compatibility, supplementary planes), 々, 〇 and middle dots. */
export const CJK_NAME_CHARS = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3005\\u3007\\u00b7\\u30fb";
const CJK_ASTRAL = "[\\u{20000}-\\u{3ffff}]";
const CJK = `(?:[${CJK_NAME_CHARS}]|${CJK_ASTRAL})`;

/** What NFKC leaves as white space: tabs and line breaks, NEL, ogham space, line/paragraph separators. */
const SPACES = /[\t\n\v\f\r \u0085\u1680\u2028\u2029]+/gu;
/** Characters that print as nothing: soft hyphen, zero-width and direction marks, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/gu;
/** A space with an ideograph (or a middle dot) on either side is padding, not a word break. */
const CJK_PADDING = new RegExp(`(?<=${CJK}) | (?=${CJK})`, "gu");

/**
 * NFKC (full-width letters and spaces become ASCII), invisible characters removed, every run of
 * white space one space, trimmed, and no space next to an ideograph: "张　伟" → "张伟",
 * "买买提 · 艾力" → "买买提·艾力", while "John  Smith" keeps one space.
 */
export function normalizePersonName(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(SPACES, " ").trim().replace(CJK_PADDING, "");
}
