import { createTranslator } from "next-intl";
import { loadMessages } from "../i18n/load-messages.ts";

export type IdentityDocText = (key: string, values?: Record<string, string | number>) => string;

let translator: IdentityDocText | undefined;

/** Badges and plaques are printed in Chinese whatever the screen's language (`messages/zh-CN/identity.json`, `doc.*`). */
export function identityDocText(): IdentityDocText {
  if (!translator) {
    const translate = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") }) as unknown as IdentityDocText;
    translator = (key, values) => translate(`identity.doc.${key}`, values);
  }
  return translator;
}
