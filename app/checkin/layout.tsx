import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CheckinLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["checkin", "memberActivities", "activities"]}>{children}</ClientMessages>;
}
