import type { ReactNode } from "react";
import { PosterStyles } from "@/components/share/print-poster";

/**
 * Print views of posters, outside the app shell (like the letters' print views, decision 005):
 * the poster and a toolbar that does not print. Each page checks the session and permission itself.
 */
export default function PostersPrintLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-gray-200 pb-8 print:bg-white print:pb-0">
      <PosterStyles />
      <main id="main">{children}</main>
    </div>
  );
}
