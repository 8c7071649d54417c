import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecideTransferForms } from "@/components/transfers/transfer-forms";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { getActor, requirePermission } from "@/lib/auth/session";
import { listCommunityTransfers } from "@/lib/transfers/list-community-transfers";
import { acceptTransferAction, declineTransferAction } from "@/app/(community)/community/transfers/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("transfers");
  return { title: t("metaTitle", { community: (await getActor())?.active?.orgName ?? "" }) };
}

const TONE: Record<string, Tone> = { PENDING: "amber", ACCEPTED: "green", DECLINED: "red", CANCELLED: "gray" };

/** Requests to transfer in (转入) with accept / send back, decided ones, and members who transferred out (转出). */
export default async function TransfersPage() {
  const actor = await requirePermission("transfers.decide");
  const [lists, t, format] = await Promise.all([listCommunityTransfers({ actor }), getTranslations("transfers"), getFormatter()]);
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  const td = "px-3 py-2";
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        <section aria-labelledby="pending-title">
          <h2 id="pending-title" className="mb-2 text-lg font-semibold">
            {t("pendingTitle")}
          </h2>
          {lists.pending.length ? (
            <DataTable
              bodyClassName="align-top"
              head={
                <>
                  <th scope="col" className={th}>
                    {t("cols.name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.from")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.residence")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.employer")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.note")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.askedAt")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.decision")}
                  </th>
                </>
              }
            >
              {lists.pending.map((r) => (
                <tr key={r.id} data-testid={`transfer-${r.id}`}>
                  <td className={`${td} font-medium whitespace-nowrap`}>
                    {r.name}
                    <span className="tabular block text-xs text-gray-600">{r.phone}</span>
                  </td>
                  <td className={td}>{r.from}</td>
                  <td className={td}>{`${r.building} · ${r.room}`}</td>
                  <td className={td}>{r.employer ?? "—"}</td>
                  <td className={td}>{r.note ?? "—"}</td>
                  <td className={`${td} tabular whitespace-nowrap`}>{day(r.createdAt)}</td>
                  <td className={`${td} min-w-56`}>
                    <DecideTransferForms accept={acceptTransferAction} decline={declineTransferAction} id={r.id} name={r.name} />
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <EmptyState message={t("pendingEmpty")} />
          )}
        </section>
        {lists.decided.length ? (
          <section aria-labelledby="decided-title">
            <h2 id="decided-title" className="mb-2 text-lg font-semibold">
              {t("decidedTitle")}
            </h2>
            <DataTable
              head={
                <>
                  <th scope="col" className={th}>
                    {t("cols.name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.from")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.residence")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.status")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.decision")}
                  </th>
                </>
              }
            >
              {lists.decided.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} font-medium whitespace-nowrap`}>
                    {r.newMemberId ? (
                      <a className="underline-offset-2 hover:underline" href={`/community/members/${r.newMemberId}`}>
                        {r.name}
                      </a>
                    ) : (
                      r.name
                    )}
                  </td>
                  <td className={td}>{r.from}</td>
                  <td className={td}>{`${r.building} · ${r.room}`}</td>
                  <td className={td}>
                    <StatusBadge tone={TONE[r.status]}>{t(`statuses.${r.status}`)}</StatusBadge>
                    {r.declineReason ? <span className="block text-xs text-gray-600">{r.declineReason}</span> : null}
                  </td>
                  <td className={`${td} tabular whitespace-nowrap`}>{day(r.decidedAt)}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        ) : null}
        <section aria-labelledby="outgoing-title">
          <h2 id="outgoing-title" className="mb-2 text-lg font-semibold">
            {t("outgoingTitle")}
          </h2>
          {lists.outgoing.length ? (
            <DataTable
              head={
                <>
                  <th scope="col" className={th}>
                    {t("cols.name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.to")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.status")}
                  </th>
                  <th scope="col" className={th}>
                    {t("cols.askedAt")}
                  </th>
                </>
              }
            >
              {lists.outgoing.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} font-medium whitespace-nowrap`}>
                    <a className="underline-offset-2 hover:underline" href={`/community/members/${r.memberId}`}>
                      {r.name}
                    </a>
                  </td>
                  <td className={td}>{r.to}</td>
                  <td className={td}>
                    <StatusBadge tone={TONE[r.status]}>{t(`statuses.${r.status}`)}</StatusBadge>
                  </td>
                  <td className={`${td} tabular whitespace-nowrap`}>{day(r.createdAt)}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <EmptyState message={t("outgoingEmpty")} />
          )}
        </section>
      </div>
    </>
  );
}
