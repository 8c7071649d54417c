import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  ApproveOneForm,
  BulkDecisionForm,
  ChangeRequestForms,
  RejectForm,
  SelectForBulk,
} from "@/components/members/verification-forms";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { listChangeRequests } from "@/lib/members/list-change-requests";
import { listPendingMembers } from "@/lib/members/list-pending-members";
import { firstParam, parsePage, parseQueryText } from "@/lib/validation/fields";
import {
  approveMembersAction,
  bulkDecisionAction,
  decideChangeRequestAction,
  rejectMemberAction,
} from "@/app/(community)/community/verification/actions";
import { Notice } from "@/components/ui/notice";
import { AnswerRegion } from "@/components/forms/answer-region";

type Search = { q?: string | string[]; page?: string | string[] };

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "verification.title" });
}

export default async function VerificationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("roster.verify");
  const params = await searchParams;
  const q = parseQueryText(firstParam(params.q), 50);
  const [queue, changeRequests, t, tr, tc, tt, format] = await Promise.all([
    listPendingMembers({ actor, input: { q, page: parsePage(firstParam(params.page)) } }),
    listChangeRequests({ actor }),
    getTranslations("verification"),
    getTranslations("register"),
    getTranslations("categories"),
    getTranslations("trust.links"),
    getFormatter(),
  ]);
  const pending = queue.members;
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { count: queue.total })} />
      <AnswerRegion>
        {changeRequests.length ? (
          <section className="mb-8 space-y-4">
            <h2 className="text-lg font-semibold">{t("changeRequestsTitle")}</h2>
            <p className="text-sm text-gray-700">{t("changeRequestsIntro")}</p>
            <ul className="space-y-3">
              {changeRequests.map((request) => (
                <li key={request.id}>
                  <Card title={`${request.member.name} · ${request.member.phone}`}>
                    <ul className="mb-3 list-disc space-y-1 pl-5 text-sm">
                      {request.changes.map((c) => (
                        <li key={c.field}>
                          {t("fieldChange", {
                            field: t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field,
                            from: c.from,
                            to: c.to,
                          })}
                        </li>
                      ))}
                    </ul>
                    <ChangeRequestForms requestId={request.id} action={decideChangeRequestAction} />
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <SearchBox label={t("search")} defaultValue={q} />
        {queue.total > 0 ? (
          <div className="mb-4 rounded-lg border border-gray-200 bg-white p-3">
            <BulkDecisionForm action={bulkDecisionAction} q={q} total={queue.total} />
          </div>
        ) : null}
        {pending.length === 0 ? (
          <EmptyState message={t("empty")} />
        ) : (
          <ul className="space-y-4">
            {pending.map((m) => (
              <li key={m.id}>
                <Card
                  title={`${m.name}${m.gender ? `（${m.gender === "MALE" ? tr("male") : tr("female")}）` : ""}`}
                  actions={<SelectForBulk memberId={m.id} name={m.name} />}
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
                          <>
                            {[m.employerName, m.employerBranch].filter(Boolean).join(" / ") || "—"}
                            {m.suggestedUnit?.verifiedAt ? (
                              <>
                                {" "}
                                <Link href="/community/unit-links" className="text-sm underline">
                                  {tt("suggestedLink", { unit: m.suggestedUnit.name })}
                                </Link>
                              </>
                            ) : null}
                          </>
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
        <Pagination page={queue.page} pageSize={queue.pageSize} total={queue.total} params={{ q }} />
      </AnswerRegion>
    </>
  );
}
