import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";

/** The member's own sign-up, as a word: 已报名 (green) or 候补中 (amber). */
export function MyStatusBadge({ status }: { status: "CONFIRMED" | "WAITLISTED" }) {
  const t = useTranslations("memberActivities.myStatus");
  return <StatusBadge tone={status === "CONFIRMED" ? "green" : "amber"}>{t(status)}</StatusBadge>;
}
