import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

type Forms = { allowed: string[]; forbidden: string[] };
type Term = { term: string } & Partial<Record<Locale, Forms>>;

const glossary = JSON.parse(readFileSync(path.join(process.cwd(), "messages", "glossary.json"), "utf8")) as { terms: Term[] };

function texts(value: unknown, prefix = ""): [string, string][] {
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    child && typeof child === "object"
      ? texts(child, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(child)] as [string, string]],
  );
}

describe("the glossary (messages/glossary.json): one term per thing", () => {
  for (const locale of LOCALES) {
    const catalogue = texts(loadMessages(locale));
    const terms = glossary.terms.filter((t) => t[locale]);

    it(`${locale}: no message uses a forbidden form of a term`, () => {
      const offenders = terms.flatMap((t) =>
        t[locale]!.forbidden.flatMap((form) =>
          catalogue
            .filter(([, text]) => new RegExp(form).test(text))
            .map(([key, text]) => `${t.term} — «${form}» in ${key}: ${text}`),
        ),
      );
      expect(offenders).toEqual([]);
    });

    it(`${locale}: each term's allowed form is in use (the glossary is not stale)`, () => {
      const unused = terms.filter((t) => !t[locale]!.allowed.some((form) => catalogue.some(([, text]) => text.includes(form))));
      expect(unused.map((t) => t.term)).toEqual([]);
    });
  }

  it("names at least one locale for every term, and every forbidden form is a valid pattern", () => {
    for (const t of glossary.terms) {
      expect(
        LOCALES.some((l) => t[l]),
        t.term,
      ).toBe(true);
      for (const l of LOCALES) for (const form of t[l]?.forbidden ?? []) expect(() => new RegExp(form), form).not.toThrow();
    }
  });
});

describe("skill choices", () => {
  it("are shown in the page's language: one label per stored word, the Chinese label being the word itself", async () => {
    const { SKILL_SUGGESTIONS } = await import("@/lib/members/suggestions");
    const zh = loadMessages("zh-CN").register as { skillOptions: Record<string, string> };
    const en = loadMessages("en").register as { skillOptions: Record<string, string> };
    expect(Object.values(zh.skillOptions)).toEqual(SKILL_SUGGESTIONS);
    expect(Object.keys(en.skillOptions)).toHaveLength(SKILL_SUGGESTIONS.length);
    for (const label of Object.values(en.skillOptions)) expect(label).toMatch(/^[A-Za-z ,-]+$/);
  });
});
