import { useTranslations } from "next-intl";
import { Card, Stat } from "../ui/card";
import { LinkButton } from "../ui/button";

/** The unit dashboard's needs-task figures for the year (issue 9 item 7). */
export function UnitNeedsCard({
  year,
  counts,
}: {
  year: number;
  counts: {
    total: number;
    waiting: number;
    inProgress: number;
    reported: number;
    confirmed: number;
    averageRating: number | null;
  };
}) {
  const t = useTranslations("needUnits");
  return (
    <Card
      title={t("dashboardTitle", { year: String(year) })}
      actions={
        <LinkButton href="/unit/needs" variant="secondary">
          {t("dashboardLink")}
        </LinkButton>
      }
      className="mt-6"
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Stat label={t("dashboardTotal")} value={counts.total} />
        <Stat label={t("dashboardWaiting")} value={counts.waiting} />
        <Stat label={t("dashboardInProgress")} value={counts.inProgress} />
        <Stat label={t("dashboardReported")} value={counts.reported} />
        <Stat label={t("dashboardConfirmed")} value={counts.confirmed} />
        <Stat label={t("dashboardRating")} value={counts.averageRating ?? "—"} />
      </div>
    </Card>
  );
}
