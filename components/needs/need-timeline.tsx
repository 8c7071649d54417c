import { getFormatter, getTranslations } from "next-intl/server";

type Event = { id: string; kind: string; createdAt: Date; params: unknown; actorName?: string | null };

const KNOWN = new Set([
  "submitted",
  "published",
  "rejected",
  "merged",
  "converted",
  "dispatched",
  "assigned",
  "claimed",
  "progress",
  "returned",
  "done",
  "confirmed",
  "reopened",
  "closed",
  "reminded",
  "erased",
  "slipReissued",
]);

/** A need's timeline (NeedEvent lines), oldest first. Params hold no personal data. */
export async function NeedTimeline({ events, showActors = false }: { events: Event[]; showActors?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("needWork"), getFormatter()]);
  if (!events.length) return <p className="text-sm text-gray-600">{t("noEvents")}</p>;
  return (
    <ol className="space-y-2 text-sm">
      {events.map((e) => (
        <li key={e.id} className="border-l-2 border-gray-200 pl-3">
          <div className="text-xs text-gray-600">
            {format.dateTime(e.createdAt, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" })}
            {showActors && e.actorName ? ` · ${e.actorName}` : ""}
          </div>
          <div>{t(`event.${KNOWN.has(e.kind) ? e.kind : "other"}`)}</div>
        </li>
      ))}
    </ol>
  );
}
