import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { loadMessages } from "./load-messages.ts";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "./locales.ts";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Shanghai",
    messages: loadMessages(locale),
  };
});
