import { useTranslations } from "next-intl";
import type { NeedStatus } from "@/lib/needs/unit-schema";
import { StatusBadge, type Tone } from "../ui/status-badge";

const TONES: Record<NeedStatus, Tone> = {
  SUBMITTED: "amber",
  PUBLISHED: "blue",
  DISPATCHED: "amber",
  CLAIMED: "blue",
  DONE: "amber",
  CONFIRMED: "green",
  CLOSED: "gray",
  REJECTED: "gray",
  MERGED: "gray",
  CONVERTED: "gray",
};

/** A need's status as a word and a colour (the unit's and the figures' wording). */
export function NeedUnitStatusBadge({ status }: { status: NeedStatus }) {
  const t = useTranslations("needUnits.status");
  return <StatusBadge tone={TONES[status]}>{t(status)}</StatusBadge>;
}
