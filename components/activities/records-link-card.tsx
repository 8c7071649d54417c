import { ChevronRight, ClipboardCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** A full-width link to 我的服务记录, for the member home and the 我的 page. */
export function RecordsLinkCard() {
  const t = useTranslations("memberActivities.recordsLink");
  return (
    <Link
      href="/me/records"
      className="flex min-h-14 items-center gap-3 rounded-lg border border-gray-200 bg-white px-4 py-3 shadow-sm hover:bg-gray-50"
    >
      <ClipboardCheck aria-hidden="true" className="h-6 w-6 shrink-0 text-red-700" />
      <span className="min-w-0 flex-1">
        <span className="block font-semibold text-gray-900">{t("title")}</span>
        <span className="block text-sm text-gray-600">{t("hint")}</span>
      </span>
      <ChevronRight aria-hidden="true" className="h-5 w-5 shrink-0 text-gray-400" />
    </Link>
  );
}
