import { SearchX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { setLocaleAction } from "@/app/actions";

/** An unknown or mistyped verification code (the page answers 404). */
export default async function LetterNotFound() {
  const t = await getTranslations("letters");
  return (
    <PublicShell setLocale={setLocaleAction} title={t("verifyTitle")}>
      <p
        role="alert"
        className="flex items-center gap-3 rounded-lg border-2 border-red-700 bg-white px-4 py-4 text-lg font-semibold text-red-800"
      >
        <SearchX aria-hidden="true" className="h-7 w-7 shrink-0" />
        {t("verifyNotFound")}
      </p>
      <p className="mt-4 text-sm text-gray-600">{t("verifyNotFoundHint")}</p>
    </PublicShell>
  );
}
