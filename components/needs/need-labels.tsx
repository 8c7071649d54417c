import { getTranslations } from "next-intl/server";
import type { NeedStatus } from "@/lib/needs/board-view";
import { StatusBadge, type Tone } from "../ui/status-badge";

const STATUS_TONE: Record<NeedStatus, Tone> = {
  SUBMITTED: "amber",
  PUBLISHED: "blue",
  DISPATCHED: "blue",
  CLAIMED: "blue",
  DONE: "green",
  CONFIRMED: "green",
  CLOSED: "gray",
  REJECTED: "gray",
  MERGED: "gray",
  CONVERTED: "gray",
};

/** A need's status as a word with a tone (never colour alone). */
export async function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const t = await getTranslations("needWork");
  return <StatusBadge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</StatusBadge>;
}

/** Whole days since a date (0 = today). */
export function ageInDays(since: Date, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}
