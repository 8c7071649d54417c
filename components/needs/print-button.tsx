"use client";

import { Printer } from "lucide-react";
import { buttonClass } from "../ui/button";

/** Opens the browser's print dialog; never printed itself (`print:hidden` on its toolbar). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
      <Printer aria-hidden="true" className="h-4 w-4" />
      {label}
    </button>
  );
}
