import { getFormatter, getTranslations } from "next-intl/server";
import { ApproveOneForm, BulkApproveForm, RejectForm, SelectForBulk } from "@/components/members/verification-forms";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { listPendingMembers } from "@/lib/members/list-pending-members";
import { approveMembersAction, rejectMemberAction } from "@/app/(community)/community/verification/actions";
import { Notice } from "@/components/ui/notice";

export default async function VerificationPage() {
  const actor = await requirePermission("roster.verify");
  const [pending, t, tr, tc, format] = await Promise.all([
    listPendingMembers({ actor }),
    getTranslations("verification"),
    getTranslations("register"),
    getTranslations("categories"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { count: pending.length })}
        actions={pending.length > 1 ? <BulkApproveForm action={approveMembersAction} /> : undefined}
      />
      {pending.length === 0 ? (
        <EmptyState message={t("empty")} />
      ) : (
        <ul className="space-y-4">
          {pending.map((m) => (
            <li key={m.id}>
              <Card
                title={`${m.name}${m.gender ? `（${m.gender === "MALE" ? tr("male") : tr("female")}）` : ""}`}
                actions={pending.length > 1 ? <SelectForBulk memberId={m.id} name={m.name} /> : undefined}
              >
                {m.duplicates.length ? (
                  <Notice tone="warning" className="mb-4">
                    <p className="font-medium">{t("possibleDuplicates")}</p>
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {m.duplicates.map((d) => (
                        <li key={`${d.reason}-${d.memberId}`}>
                          {t(`duplicate.${d.reason}`, { name: d.name, where: d.where, status: t(`status.${d.status}`) })}
                        </li>
                      ))}
                    </ul>
                  </Notice>
                ) : null}
                <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
                  <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
                    <dt className="text-gray-600">{tr("phone")}</dt>
                    <dd className="tabular">{m.phone}</dd>
                    <dt className="text-gray-600">{t("residence")}</dt>
                    <dd>{[m.grid?.name, m.building?.name, m.room].filter(Boolean).join(" · ")}</dd>
                    <dt className="text-gray-600">{tr("kind")}</dt>
                    <dd>{tr(`kinds.${m.kind}`)}</dd>
                    <dt className="text-gray-600">{tr("employer")}</dt>
                    <dd>
                      {m.employerUnit ? (
                        <>
                          {m.employerUnit.name} <StatusBadge tone="green">{t("registeredUnit")}</StatusBadge>
                        </>
                      ) : (
                        [m.employerName, m.employerBranch].filter(Boolean).join(" / ") || "—"
                      )}
                      {m.position ? ` · ${m.position}` : ""}
                    </dd>
                    <dt className="text-gray-600">{tr("skills")}</dt>
                    <dd>{m.skills.join("、") || "—"}</dd>
                    <dt className="text-gray-600">{tr("interests")}</dt>
                    <dd>{m.interests.map((c) => (tc.has(c) ? tc(c) : c)).join("、") || "—"}</dd>
                    <dt className="text-gray-600">{tr("availability")}</dt>
                    <dd>{m.availability.map((a) => tr(`availabilityOptions.${a}`)).join("、") || "—"}</dd>
                    {m.willingness ? (
                      <>
                        <dt className="text-gray-600">{tr("willingness")}</dt>
                        <dd>{m.willingness}</dd>
                      </>
                    ) : null}
                    <dt className="text-gray-600">{t("reportedAt")}</dt>
                    <dd>{format.dateTime(m.reportedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                  </dl>
                  <div className="space-y-4 border-t border-gray-100 pt-4 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6">
                    <ApproveOneForm action={approveMembersAction} memberId={m.id} />
                    <RejectForm action={rejectMemberAction} memberId={m.id} />
                  </div>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
