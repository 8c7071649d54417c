import { SearchX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { setLocaleAction } from "@/app/actions";
import { Notice } from "@/components/ui/notice";

/** An unknown or mistyped verification code (the page answers 404). */
export default async function LetterNotFound() {
  const t = await getTranslations("letters");
  return (
    <PublicShell setLocale={setLocaleAction} title={t("verifyTitle")}>
      <Notice tone="error" role="alert" size="lg" icon={<SearchX aria-hidden="true" className="h-7 w-7 shrink-0" />}>
        {t("verifyNotFound")}
      </Notice>
      <p className="mt-4 text-sm text-gray-600">{t("verifyNotFoundHint")}</p>
    </PublicShell>
  );
}
