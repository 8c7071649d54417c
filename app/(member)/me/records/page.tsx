import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AttendedActivities, OwnPledges, PointsLedger, UpcomingSignups } from "@/components/activities/service-record";
import { NeedsHelped } from "@/components/needs/needs-helped";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { getOwnServiceRecord } from "@/lib/members/service-record";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("memberActivities.records");
  return { title: t("title") };
}

/** 我的服务记录: totals first, then what is coming, what was done, pledges and the points ledger. */
export default async function OwnServiceRecordPage() {
  const actor = await requirePermission("self.view");
  const [record, t, tn, format] = await Promise.all([
    getOwnServiceRecord({ actor }),
    getTranslations("memberActivities.records"),
    getTranslations("needBoard.records"),
    getFormatter(),
  ]);
  const community = actor.active?.orgName ?? "";

  if (!record) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <Card>
          <p>{t("noEntry", { community })}</p>
        </Card>
      </div>
    );
  }

  const { totals } = record;
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <div>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-gray-700">{t("intro", { community })}</p>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <Stat label={t("totals.balance")} value={format.number(totals.balance)} />
          <Stat label={t("totals.activities")} value={format.number(totals.activities)} />
          <Stat label={t("totals.hours")} value={format.number(totals.hours)} />
          <Stat label={t("totals.thisYear")} value={format.number(totals.activitiesThisYear)} />
          <Stat label={tn("needsTotal")} value={format.number(totals.needs)} />
          <Stat label={tn("needsThisYear")} value={format.number(totals.needsThisYear)} />
        </div>
        <p className="text-sm text-gray-600">{tn("totalsHint")}</p>
        <LinkButton href="/me/activities" className="w-full">
          {t("findActivities")}
        </LinkButton>
      </div>
      <UpcomingSignups upcoming={record.upcoming} />
      <AttendedActivities records={record.records} />
      <NeedsHelped needs={record.needs} />
      <OwnPledges pledges={record.pledges} />
      <PointsLedger ledger={record.ledger} />
    </div>
  );
}
