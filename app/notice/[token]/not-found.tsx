import { SearchX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { Notice } from "@/components/ui/notice";
import { setLocaleAction } from "@/app/actions";

/** An unknown or mistyped building notice code (the page answers 404). */
export default async function NoticeNotFound() {
  const t = await getTranslations("identity");
  return (
    <PublicShell setLocale={setLocaleAction} title={t("notice.title")}>
      <Notice tone="error" role="alert" size="lg" icon={<SearchX aria-hidden="true" className="h-7 w-7 shrink-0" />}>
        {t("notice.notFound")}
      </Notice>
      <p className="mt-4 text-sm text-gray-600">{t("notice.notFoundHint")}</p>
    </PublicShell>
  );
}
