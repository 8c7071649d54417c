import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["register", "unitReports", "phoneCode", "passwordReset", "throttle"]}>{children}</ClientMessages>
  );
}
