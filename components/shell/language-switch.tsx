import { getLocale, getTranslations } from "next-intl/server";
import { plainFormAction, type FormAction } from "@/lib/actions/types";
import { LOCALES } from "@/lib/i18n/locales";

const NAMES = { "zh-CN": "中文", en: "English" } as const;

export async function LanguageSwitch({ action }: { action: FormAction }) {
  const current = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={plainFormAction(action)} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={current === locale}
          className={`min-h-9 rounded px-2 whitespace-nowrap ${current === locale ? "bg-gray-200 font-semibold text-gray-900" : "text-gray-600 hover:bg-gray-100"}`}
        >
          {NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
