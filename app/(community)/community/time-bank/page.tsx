import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArchiveRewardForm, HandleRedemptionForms, RewardForm } from "@/components/time-bank/time-bank-forms";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getCommunityTimeBank } from "@/lib/time-bank/get-community-time-bank";
import {
  archiveRewardAction,
  createRewardAction,
  handleRedemptionAction,
  updateRewardAction,
} from "@/app/(community)/community/time-bank/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "timebank.title" });
}

export default async function TimeBankPage() {
  const actor = await requirePermission("timebank.manage");
  const [{ rewards, waiting, recent }, t, format] = await Promise.all([
    getCommunityTimeBank({ actor }),
    getTranslations("timebank"),
    getFormatter(),
  ]);
  const who = (r: (typeof waiting)[number]) =>
    [r.member.name, r.member.building?.name, r.member.room].filter(Boolean).join(" · ");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card title={t("waitingTitle", { count: waiting.length })}>
            {waiting.length ? (
              <ul className="divide-y divide-gray-100">
                {waiting.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <span>
                      <span className="font-medium">{r.reward.name}</span> · {who(r)} · {t("pointsValue", { points: r.points })}
                      <span className="block text-xs text-gray-600">
                        {format.dateTime(r.requestedAt, { dateStyle: "medium", timeStyle: "short" })}
                      </span>
                    </span>
                    <HandleRedemptionForms action={handleRedemptionAction} id={r.id} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-gray-600">{t("noneWaiting")}</p>
            )}
          </Card>
          <Card title={t("catalogueTitle")}>
            {rewards.length ? (
              <ul className="space-y-4">
                {rewards.map((reward) => (
                  <li key={reward.id} className="rounded-md border border-gray-200 p-3">
                    {reward.archivedAt ? (
                      <p className="text-sm text-gray-600">
                        {reward.name} <StatusBadge tone="gray">{t("archived")}</StatusBadge>
                      </p>
                    ) : (
                      <>
                        <RewardForm create={createRewardAction} update={updateRewardAction} reward={reward} />
                        <div className="mt-2 text-right">
                          <ArchiveRewardForm action={archiveRewardAction} id={reward.id} name={reward.name} />
                        </div>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState message={t("noRewards")} />
            )}
          </Card>
          <Card title={t("recentTitle")}>
            {recent.length ? (
              <ul className="space-y-1 text-sm">
                {recent.map((r) => (
                  <li key={r.id}>
                    {r.handledAt ? format.dateTime(r.handledAt, { dateStyle: "medium" }) : ""} · {r.reward.name} · {who(r)} ·{" "}
                    {t(`status.${r.status}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-gray-600">{t("noneRecent")}</p>
            )}
          </Card>
        </div>
        <Card title={t("addTitle")}>
          <RewardForm create={createRewardAction} update={updateRewardAction} />
        </Card>
      </div>
    </>
  );
}
