import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { RedeemForm } from "@/components/time-bank/time-bank-forms";
import { Card, Stat } from "@/components/ui/card";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getMemberTimeBank } from "@/lib/time-bank/get-member-time-bank";
import { redeemAction } from "@/app/(member)/me/time-bank/actions";

const TONE: Record<string, Tone> = { REQUESTED: "amber", FULFILLED: "green", CANCELLED: "gray" };

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("member", { key: "timebank.title" });
}

export default async function MemberTimeBankPage() {
  const actor = await requirePermission("self.redeem");
  const [bank, t, format] = await Promise.all([getMemberTimeBank({ actor }), getTranslations("timebank"), getFormatter()]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {!bank.verified ? (
        <Card>
          <p>{t("notVerified")}</p>
        </Card>
      ) : (
        <>
          <Stat label={t("myBalance")} value={bank.balance} />
          <Card title={t("rewardsTitle")}>
            {bank.rewards.length ? (
              <ul className="space-y-3">
                {bank.rewards.map((reward) => (
                  <li key={reward.id} className="rounded-md border border-gray-200 p-3">
                    <p className="font-medium">{reward.name}</p>
                    {reward.description ? <p className="text-sm text-gray-600">{reward.description}</p> : null}
                    <p className="mt-1 text-sm">{t("priceAndStock", { price: reward.pointsPrice, stock: reward.stock })}</p>
                    <div className="mt-2">
                      {reward.stock > 0 && bank.balance >= reward.pointsPrice ? (
                        <RedeemForm action={redeemAction} rewardId={reward.id} name={reward.name} price={reward.pointsPrice} />
                      ) : (
                        <p className="text-sm text-gray-600">
                          {reward.stock > 0 ? t("needMorePoints", { more: reward.pointsPrice - bank.balance }) : t("outOfStock")}
                        </p>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-gray-600">{t("noRewardsMember")}</p>
            )}
          </Card>
          <Card title={t("myRedemptions")}>
            {bank.redemptions.length ? (
              <ul className="space-y-2">
                {bank.redemptions.map((r) => (
                  <li key={r.id} className="flex items-center justify-between gap-2">
                    <span>
                      {r.reward.name} · {t("pointsValue", { points: r.points })}
                      <span className="block text-xs text-gray-600">
                        {format.dateTime(r.requestedAt, { dateStyle: "medium" })}
                      </span>
                    </span>
                    <StatusBadge tone={TONE[r.status]}>{t(`status.${r.status}`)}</StatusBadge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-gray-600">{t("noRedemptions")}</p>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
