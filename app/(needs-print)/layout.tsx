import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Printable needs sheets (posters), outside the app shell; each page checks the session itself. */
export default function NeedsPrintLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["needsPublic"]}>{children}</ClientMessages>;
}
