import { createFormatter, createTranslator } from "next-intl";
import { loadMessages } from "../i18n/load-messages.ts";

export type ShareText = (key: string, values?: Record<string, string | number>) => string;
export type ShareFormatter = ReturnType<typeof createFormatter>;

type Tools = { t: ShareText; appName: string; format: ShareFormatter };

let tools: Tools | undefined;

/**
 * Posters, share cards and their chat texts are for a Chinese WeChat group or a noticeboard, whatever
 * language the secretary's screen is in (like the letters: decision 005): their words always come
 * from `messages/zh-CN/share.json` (`doc.*`), their times in China's time zone.
 */
export function chineseShareTools(): Tools {
  if (!tools) {
    const translate = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") }) as unknown as ShareText;
    tools = {
      t: (key, values) => translate(`share.doc.${key}`, values),
      appName: translate("shell.appName"),
      format: createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" }),
    };
  }
  return tools;
}
