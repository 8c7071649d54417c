import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getOwnEntries } from "@/lib/members/get-own-entries";

const STATUS_TONE: Record<string, Tone> = { ACTIVE: "green", PENDING: "amber", REJECTED: "red", MOVED_OUT: "gray" };

export default async function MemberHome() {
  const actor = await requirePermission("self.view");
  const [entries, t, format] = await Promise.all([getOwnEntries({ actor }), getTranslations("member"), getFormatter()]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("hello", { name: actor.name })}</h1>
      {entries.length === 0 ? (
        <Card>
          <p>{t("noEntry")}</p>
        </Card>
      ) : (
        entries.map((entry) => (
          <Card key={entry.id} title={entry.community.name} actions={<StatusBadge tone={STATUS_TONE[entry.status]}>{t(`status.${entry.status}`)}</StatusBadge>}>
            {entry.status === "PENDING" ? <p className="mb-3 text-amber-800">{t("pendingExplain")}</p> : null}
            {entry.status === "REJECTED" ? (
              <div className="mb-3 space-y-2">
                {entry.rejectReason ? <p className="text-red-800">{t("rejectedExplain", { reason: entry.rejectReason })}</p> : null}
                <LinkButton href="/me/profile">{t("correctAndResubmit")}</LinkButton>
              </div>
            ) : null}
            <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2">
              <dt className="text-gray-600">{t("residence")}</dt>
              <dd>{[entry.grid?.name, entry.building?.name, entry.room].filter(Boolean).join(" · ") || "—"}</dd>
              <dt className="text-gray-600">{t("employer")}</dt>
              <dd>{entry.employerUnit?.name ?? entry.employerName ?? "—"}</dd>
              <dt className="text-gray-600">{t("skills")}</dt>
              <dd>{entry.skills.join("、") || "—"}</dd>
              <dt className="text-gray-600">{t("reportedAt")}</dt>
              <dd>{format.dateTime(entry.reportedAt, { dateStyle: "long" })}</dd>
            </dl>
          </Card>
        ))
      )}
    </div>
  );
}
