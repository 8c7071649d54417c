"use client";

import { Printer } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "../ui/button";

/** Shown on screen above the letters, never on paper. */
export function PrintToolbar({ backHref, count }: { backHref: string; count: number }) {
  const t = useTranslations("letters");
  return (
    <div className="no-print sticky top-0 z-10 mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-gray-200 bg-white px-4 py-3">
      <Link href={backHref} className="text-sm underline">
        {t("backFromPrint")}
      </Link>
      <div>
        <h1 className="text-lg font-semibold">{t("printTitle")}</h1>
        <p className="text-sm text-gray-700">{t("printCount", { count })}</p>
      </div>
      <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
        <Printer aria-hidden="true" className="h-4 w-4" />
        {t("printNow")}
      </button>
    </div>
  );
}
