import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CancelTransferForm, RequestTransferForm } from "@/components/transfers/transfer-forms";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getActor, requirePermission } from "@/lib/auth/session";
import { listResidenceOptions } from "@/lib/members/list-residence-options";
import { getOwnTransfer } from "@/lib/transfers/get-own-transfer";
import { parseIdParam, type SearchParams } from "@/lib/validation/fields";
import { cancelTransferAction, requestTransferAction } from "@/app/(member)/me/transfer/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("transfers.member");
  return { title: t("metaTitle", { community: (await getActor())?.active?.orgName ?? "" }) };
}

/**
 * A member who moved house asks to transfer to the community they now live in: first the community
 * (a plain GET form, works without script), then the building and room there.
 */
export default async function TransferPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("self.transfer");
  const search = await searchParams;
  const [own, t, format] = await Promise.all([getOwnTransfer({ actor }), getTranslations("transfers.member"), getFormatter()]);
  if (!own) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <Card>
          <p>{t("none")}</p>
        </Card>
      </div>
    );
  }
  const pending = own.request?.status === "PENDING" ? own.request : null;
  const declined = own.request?.status === "DECLINED" ? own.request : null;
  const options = await listResidenceOptions(pending ? undefined : parseIdParam(search.community));
  const chosen = options.communities.find((c) => c.id === parseIdParam(search.community) && c.id !== actor.active?.orgId);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-gray-700">{t("intro")}</p>
      {pending ? (
        <Card>
          <Notice tone="warning" role="status">
            {t("pending", {
              community: pending.toCommunity,
              room: pending.room,
              at: format.dateTime(pending.createdAt, { dateStyle: "long" }),
            })}
          </Notice>
          <div className="mt-4">
            <CancelTransferForm action={cancelTransferAction} id={pending.id} />
          </div>
        </Card>
      ) : (
        <>
          {declined ? (
            <Notice tone="negative" role="status">
              {t("declined", { community: declined.toCommunity, reason: declined.declineReason ?? "" })}
            </Notice>
          ) : null}
          <Card>
            <form method="get" action="/me/transfer" className="space-y-3">
              <label htmlFor="transfer-community" className="block font-medium">
                {t("community")}
              </label>
              <select
                id="transfer-community"
                name="community"
                defaultValue={chosen?.id ?? ""}
                className="block min-h-11 w-full rounded-md border border-gray-300 bg-white px-3 py-2"
              >
                <option value="">{t("chooseCommunity")}</option>
                {options.communities
                  .filter((c) => c.id !== actor.active?.orgId)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.street ? `${c.street} · ${c.name}` : c.name}
                    </option>
                  ))}
              </select>
              <button type="submit" className={buttonClass("secondary", "w-full")}>
                {t("next")}
              </button>
            </form>
          </Card>
          {chosen ? (
            <Card title={t("residenceTitle", { community: chosen.name })}>
              <RequestTransferForm action={requestTransferAction} toCommunityId={chosen.id} grids={options.grids} />
            </Card>
          ) : null}
        </>
      )}
    </div>
  );
}
