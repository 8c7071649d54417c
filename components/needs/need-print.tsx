import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "./print-button";

/** A4 sheets, one per page on paper; on screen, cards on grey. */
const NEED_PRINT_CSS = `
.need-sheet { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; padding: 18mm;
  background: #fff; color: #111; box-shadow: 0 1px 4px rgba(0,0,0,.15); display: flex; flex-direction: column; }
.need-sheet.need-slip { min-height: 0; }
.need-qr svg { width: 100%; height: 100%; display: block; }
@page { size: A4; margin: 12mm; }
@media print {
  html, body { background: #fff !important; }
  .need-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  .need-sheet:last-of-type { break-after: auto; }
}
`;

/** The page around printable sheets: a toolbar on screen (back, print), nothing but the sheets on paper. */
export function NeedPrintPage({
  backHref,
  backLabel,
  printLabel,
  children,
}: {
  backHref: string;
  backLabel: string;
  printLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen bg-gray-200 pb-8 print:bg-white print:pb-0">
      <style>{NEED_PRINT_CSS}</style>
      <div className="sticky top-0 z-10 mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-gray-200 bg-white px-4 py-3 print:hidden">
        <Link href={backHref} className="text-sm underline">
          {backLabel}
        </Link>
        <PrintButton label={printLabel} />
      </div>
      <main id="main" className="space-y-6 px-2 print:space-y-0 print:px-0">
        {children}
      </main>
    </div>
  );
}

/** A QR code (inline SVG made on the server from our own URL) at a fixed printed size. */
export function NeedQr({ svg, size, label }: { svg: string; size: string; label: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      className="need-qr mx-auto"
      style={{ width: size, height: size }}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
