import { useTranslations } from "next-intl";
import { StatusBadge, type Tone } from "../ui/status-badge";

const TONE: Record<string, Tone> = { DRAFT: "gray", PUBLICITY: "amber", FINAL: "green" };

/** The round's status, always as a word. */
export function RoundStatusBadge({ status }: { status: string | null }) {
  const t = useTranslations("ratings.status");
  return <StatusBadge tone={status ? (TONE[status] ?? "gray") : "gray"}>{t(status ?? "NONE")}</StatusBadge>;
}

export function ObjectionStatusBadge({ status }: { status: string }) {
  const t = useTranslations("ratings.objectionStatus");
  return <StatusBadge tone={status === "OPEN" ? "amber" : "green"}>{t(status)}</StatusBadge>;
}
