import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The messages this section's client components (forms, action messages) read; see decision 082. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["transfers", "register"]}>{children}</ClientMessages>;
}
