"use client";

import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "../ui/button";

/** Prints the page (the honour roll); hidden on paper itself. */
export function PrintButton() {
  const t = useTranslations("ratings");
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary", "print:hidden")}>
      <Printer aria-hidden="true" className="h-4 w-4" />
      {t("print")}
    </button>
  );
}

/**
 * On paper, only the honour roll: the site's header and navigation (owned by the shells) are
 * hidden by this page-level print style, since the shells carry no print variants themselves.
 */
export function PrintStyles() {
  return (
    <style>{`@media print {
  @page { size: A4; margin: 15mm; }
  body header, body nav, [data-print-hide] { display: none !important; }
  body main { padding: 0 !important; }
  body { background: #fff !important; }
}`}</style>
  );
}
