import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EndSeatForm } from "@/components/council/council-forms";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { getPageActor, requirePermission } from "@/lib/auth/session";
import { listCouncil } from "@/lib/council/list-council";
import { endCouncilSeatAction } from "@/app/(community)/community/council/actions";

export async function generateMetadata(): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations("council"), getPageActor()]);
  return { title: `${t("title")} – ${actor?.active?.orgName ?? ""}` };
}

export const STATUS_TONE = { DRAFT: "gray", OPEN: "amber", DECIDED: "blue", PUBLISHED: "green" } as const;

/** 议事团: who sits on the council now, past terms, and the consultations. */
export default async function CouncilPage() {
  const actor = await requirePermission("council.manage");
  const [{ current, past, consultations }, t, format] = await Promise.all([
    listCouncil({ actor }),
    getTranslations("council"),
    getFormatter(),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <LinkButton href="/community/council/appoint" variant="secondary">
              {t("appoint")}
            </LinkButton>
            <LinkButton href="/community/council/new">{t("newConsultation")}</LinkButton>
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card title={t("consultations")}>
          {consultations.length ? (
            <DataTable
              frame="plain"
              head={
                <>
                  <th scope="col" className="py-1 pr-3">
                    {t("titleLabel")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("statusLabel")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("deadline")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t("opinionsCount")}
                  </th>
                </>
              }
            >
              {consultations.map((c) => (
                <tr key={c.id}>
                  <td className="py-1.5 pr-3 font-medium">
                    <Link href={`/community/council/${c.id}`} className="underline-offset-2 hover:underline">
                      {c.title}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">
                    <StatusBadge tone={STATUS_TONE[c.status]}>{t(`status.${c.status}`)}</StatusBadge>
                    {c.outcome ? <span className="ml-2 text-xs text-gray-600">{t(`outcomes.${c.outcome}`)}</span> : null}
                  </td>
                  <td className="tabular py-1.5 pr-3">
                    {c.deadline ? format.dateTime(c.deadline, { dateStyle: "medium", timeStyle: "short" }) : "—"}
                  </td>
                  <td className="tabular py-1.5 text-right">
                    {c._count.opinions} / {c._count.invitations}
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <EmptyState message={t("noConsultations")} />
          )}
        </Card>
        <div className="space-y-6">
          <Card title={t("seats", { count: current.length })}>
            {current.length ? (
              <ul className="divide-y divide-gray-100">
                {current.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <Link href={`/community/members/${s.member.id}`} className="font-medium underline-offset-2 hover:underline">
                        {s.member.name}
                      </Link>
                      <span className="block text-xs text-gray-600">
                        {t("term", { from: day(s.startsOn), to: day(s.endsOn) })}
                      </span>
                    </span>
                    <EndSeatForm action={endCouncilSeatAction} id={s.id} name={s.member.name} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-gray-600">{t("noSeats")}</p>
            )}
          </Card>
          {past.length ? (
            <Card title={t("pastSeats")}>
              <ul className="space-y-1 text-sm">
                {past.map((s) => (
                  <li key={s.id}>
                    {s.member.name} · {t("term", { from: day(s.startsOn), to: day(s.endedAt ?? s.endsOn) })}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
