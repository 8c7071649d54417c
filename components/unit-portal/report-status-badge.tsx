import { useTranslations } from "next-intl";
import { StatusBadge, type Tone } from "../ui/status-badge";

const TONES = { PENDING: "amber", ACCEPTED: "green", DECLINED: "red" } as const satisfies Record<string, Tone>;

/** 待处理 / 已接受 / 已婉拒: a word and a colour. */
export function ReportStatusBadge({ status }: { status: keyof typeof TONES }) {
  const t = useTranslations("unitReports");
  return <StatusBadge tone={TONES[status]}>{t(`status.${status}`)}</StatusBadge>;
}
