// What the fuzz sends: malformed values for form fields and query parameters, the field names to
// send them in, and a seeded random choice so that every run sends the same requests.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small seeded generator (the same seed, the same run). */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** `count` items of `list`, without repeats, in a seeded order */
    sample: (list, count) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
  };
}

/** A stable number for a string (to seed per action and role). */
export function hashCode(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const HUGE = "字".repeat(20_000);
/** A uuid no row has (well-formed: it reaches the use case, which must answer "not found"). */
export const BOGUS_UUID = "00000000-0000-4000-8000-00000000dead";

/**
 * Values that a field which refuses plain words (a number, date, id, year, choice, phone) must
 * refuse too: anything accepted here was coerced ("0x10" read as 16, 2027-02-30 as 2 March).
 */
export const COERCION_BAIT = ["0x10", "1e3", "1e99", "+5", " 12 ", "2027-02-30", "2027-02-30T09:00", "12abc", "\u0000"];

/** Malformed form values, each sent in every field over a pass (rotated across the fields). */
export const FIELD_VALUES = [
  ...COERCION_BAIT,
  "-1",
  "-99999999999999999999",
  "99999999999999999999",
  "abc",
  "not-a-uuid",
  BOGUS_UUID,
  "1 OR 1=1",
  "' OR ''='",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "__proto__",
  "null",
  "true",
  "[]",
  "{}",
  "2027-13-01",
  "9999-12-31T23:59",
  "0000-00-00",
  "\u202e\u0008\u007f",
  "a\u0000b",
  HUGE,
];

/** Malformed query parameter values; `[a, b]` is sent as the parameter repeated. */
export const PARAM_VALUES = [
  "1e99",
  "-1",
  "0",
  "abc",
  "0x10",
  "99999999999999999999",
  "2027-02-30",
  "a\u0000b",
  HUGE.slice(0, 3000),
  ["1", "2"],
  "",
  BOGUS_UUID,
  "not-a-uuid",
  "../..",
  "<script>",
];

/** Query parameter names every page is asked with, besides those read from its source. */
export const COMMON_PARAMS = ["page", "year", "q", "tab", "status", "id", "batch", "sort", "filter", "returnTo"];

/** Values for a dynamic path segment that matches no row. */
export const BOGUS_SEGMENTS = [BOGUS_UUID, "not-a-uuid", "1e99", "a%00b", "%E0%A4%A", "x".repeat(3000), "..%2F..%2Fapi"];

function filesUnder(dir, test) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "generated" && name !== "node_modules") found.push(...filesUnder(full, test));
    } else if (test(full)) found.push(full);
  }
  return found;
}

/**
 * Every field name any form schema declares (keys of `z.object({ … })` in lib/ and app/): sent
 * in every body, so optional fields and fields of other forms (extra fields) are parsed too.
 */
export function schemaFieldNames(root = ".") {
  const names = new Set();
  const sources = [
    ...filesUnder(path.join(root, "lib"), (f) => f.endsWith(".ts")),
    ...filesUnder(path.join(root, "app"), (f) => /\.tsx?$/.test(f)),
  ];
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    if (!/z\.object\(|\.extend\(/.test(text)) continue;
    for (const match of text.matchAll(/^\s+([a-zA-Z]\w*)\s*:\s*(?:z\.|[a-z]\w*(?:\(|,|$)|\w+Schema\b)/gm)) names.add(match[1]);
  }
  for (const noise of ["message", "error", "path", "code", "params", "input", "abort"]) names.delete(noise);
  return [...names].sort();
}

/** Query parameter names a page's source reads (`search.page`, `{ year?: string }`, `get("q")`). */
export function pageParamNames(sourceText) {
  const names = new Set();
  for (const m of sourceText.matchAll(/\b(\w+)\?:\s*string/g)) names.add(m[1]);
  for (const m of sourceText.matchAll(/\b(?:search|params|query|flags|filters|searchParams)\)?\.(\w+)/g)) names.add(m[1]);
  for (const m of sourceText.matchAll(/searchParams\.get\("(\w+)"\)/g)) names.add(m[1]);
  for (const noise of ["then", "get", "has", "entries"]) names.delete(noise);
  return [...names];
}
