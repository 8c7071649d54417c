import { createTranslator } from "next-intl";
import { loadMessages } from "../i18n/load-messages.ts";

export type LetterDocText = (key: string, values?: Record<string, string | number>) => string;

let translator: LetterDocText | undefined;

/**
 * The letter is an official document in Chinese, whatever language the reader's screen is in:
 * its texts always come from `messages/zh-CN/letters.json` (`doc.*`), on screen, on paper and in
 * the PDF alike. The English file holds the same keys for parity (and a translation for reference).
 */
export function letterDocText(): LetterDocText {
  if (!translator) {
    const translate = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") }) as unknown as LetterDocText;
    translator = (key, values) => translate(`letters.doc.${key}`, values);
  }
  return translator;
}

/** The standard body: thanks to the unit, then the closing paragraph (the community's own, or the standard request for continued support). */
export function standardBody(values: { community: string; name: string }, closing: string | null | undefined): string {
  const t = letterDocText();
  const own = closing?.trim();
  return `${t("standardThanks", values)}\n${own || t("standardClosing")}`;
}
