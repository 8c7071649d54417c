import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LetterStyles } from "@/components/letters/letter-document";

/**
 * Print views of letters of thanks, outside the app shell (no navigation, no header): only the
 * letters and a toolbar that does not print. Each page checks the session and permission itself.
 */
export default function LettersPrintLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["letters"]}>
      <div className="min-h-screen bg-gray-200 pb-8 print:bg-white print:pb-0">
        <LetterStyles />
        <main id="main" className="space-y-6 print:space-y-0">
          {children}
        </main>
      </div>
    </ClientMessages>
  );
}
