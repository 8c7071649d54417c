"use client";

import { Printer } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "../ui/button";

/** Above a poster on screen, never on paper: back, a hint, print. Labels from the server page. */
export function PosterToolbar({ backHref, labels }: { backHref: string; labels: { back: string; hint: string; print: string } }) {
  return (
    <div className="no-print sticky top-0 z-10 mb-6 border-b border-gray-200 bg-white px-4 py-3">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3">
        <Link href={backHref} className="text-sm underline">
          {labels.back}
        </Link>
        <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
          <Printer aria-hidden="true" className="h-4 w-4" />
          {labels.print}
        </button>
        <p className="w-full text-sm text-gray-700">{labels.hint}</p>
      </div>
    </div>
  );
}
