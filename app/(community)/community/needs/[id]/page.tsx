import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CategoryLabel } from "@/components/activities/category-label";
import { ageInDays, NeedStatusBadge } from "@/components/needs/need-labels";
import { DispatchToUnitForm } from "@/components/needs/dispatch-to-unit-form";
import { NeedTimeline } from "@/components/needs/need-timeline";
import {
  AssignNeedForm,
  CloseNeedForm,
  ConfirmByPhoneForm,
  ConvertNeedForm,
  MergeNeedForm,
  NotifyMatchesForm,
  PublishNeedForm,
  RejectNeedForm,
  ReopenByPhoneForm,
} from "@/components/needs/triage-forms";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { getActor, requirePermission } from "@/lib/auth/session";
import { getCommunityNeed } from "@/lib/needs/get-community-need";
import { listDispatchUnits } from "@/lib/needs/list-dispatch-units";
import { parseTaskMonth } from "@/lib/needs/unit-schema";
import { matchMembers, type MemberMatch } from "@/lib/needs/match-members";
import { canMove } from "@/lib/needs/need-status";
import { ClientMessages } from "@/components/i18n/client-messages";
import { orNotFound } from "@/lib/or-not-found";
import { parseIdParam } from "@/lib/validation/fields";
import {
  assignNeedAction,
  closeNeedAction,
  reissueSlipAction,
  confirmNeedByPhoneAction,
  convertNeedAction,
  mergeNeedAction,
  notifyMatchesAction,
  publishNeedAction,
  rejectNeedAction,
  reopenNeedByPhoneAction,
} from "@/app/(community)/community/needs/actions";
import { dispatchNeedToUnitAction } from "@/app/(community)/community/needs/unit-dispatch-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE = ["published", "rejected", "merged", "assigned", "closed", "confirmed", "reopened"];
/** How many of the best matches "notify the top few" picks by default. */
const NOTIFY_TOP = 5;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, actor, { id }] = await Promise.all([getTranslations("needTriage"), getActor(), params]);
  const needId = parseIdParam(id);
  const need = actor && needId ? await getCommunityNeed({ actor, input: { needId } }).catch(() => null) : null;
  return { title: t("detailTitle", { place: need?.building?.name ?? actor?.active?.orgName ?? "" }) };
}

export default async function CommunityNeedPage({ params, searchParams }: Props) {
  const actor = await requirePermission("needs.manage");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const needId = parseIdParam(id);
  if (!needId) notFound();
  const need = await orNotFound(getCommunityNeed({ actor, input: { needId } }));
  const onBoard = need.status === "PUBLISHED" || (need.status === "CLAIMED" && need.claimedCount < need.places);
  const matching = canMove(need.status, "assign") || onBoard;
  const dispatchable = canMove(need.status, "dispatch");
  const [t, tw, format, matches, tUnits, units] = await Promise.all([
    getTranslations("needTriage"),
    getTranslations("needWork"),
    getFormatter(),
    matching ? matchMembers({ actor, input: { needId: need.id } }) : Promise.resolve([] as MemberMatch[]),
    getTranslations("needUnits"),
    dispatchable ? listDispatchUnits({ actor }) : Promise.resolve([]),
  ]);
  const matchLabel = (m: MemberMatch) =>
    `${m.name}${m.building ? `（${m.building}）` : ""} — ${m.reasons.map((r) => t(`reason.${r.key}`, r.values ?? {})).join("、")}`;
  const free = matches.filter((m) => !m.claimed);
  const notifiable = free.filter((m) => m.hasAccount);
  return (
    <>
      <Link href="/community/needs" className="text-sm underline">
        {t("backToQueue")}
      </Link>
      <PageHeader
        title={t("detailHeading", { kind: tw(`kind.${need.kind}`), place: need.building?.name ?? t("noBuilding") })}
        description={t("receivedOn", {
          date: format.dateTime(need.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          days: ageInDays(need.createdAt),
        })}
        actions={<NeedStatusBadge status={need.status} />}
      />
      {flags.done && DONE.includes(flags.done) ? (
        <Notice tone="success" className="mb-4" role="status">
          {t(`done.${flags.done}`)}
        </Notice>
      ) : null}
      {need.status === "REJECTED" || need.status === "CLOSED" ? (
        <Notice tone="neutral" className="mb-4">
          {t(need.status === "REJECTED" ? "rejectedBecause" : "closedBecause", { reason: need.reason ?? "" })}
        </Notice>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card title={t("whatIsNeeded")}>
            <p className="whitespace-pre-line">{need.content}</p>
            <dl className="mt-3 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <dt className="text-gray-600">{t("kind")}</dt>
              <dd>{tw(`kind.${need.kind}`)}</dd>
              <dt className="text-gray-600">{t("category")}</dt>
              <dd>
                <CategoryLabel category={need.category} />
              </dd>
              <dt className="text-gray-600">{t("when")}</dt>
              <dd>{need.wantedWhen ?? "—"}</dd>
              <dt className="text-gray-600">{t("building")}</dt>
              <dd>{need.building?.name ?? "—"}</dd>
              <dt className="text-gray-600">{t("source")}</dt>
              <dd>{t(`sourceOf.${need.source}`)}</dd>
              <dt className="text-gray-600">{t("claimed")}</dt>
              <dd className="tabular">
                {need.claimedCount} / {need.places}
              </dd>
              {need.unit ? (
                <>
                  <dt className="text-gray-600">{t("unit")}</dt>
                  <dd>{need.unit.name}</dd>
                </>
              ) : null}
              {need.activity ? (
                <>
                  <dt className="text-gray-600">{t("activity")}</dt>
                  <dd>
                    <Link href={`/community/activities/${need.activity.id}`} className="underline">
                      {need.activity.title}
                    </Link>
                  </dd>
                </>
              ) : null}
              {need.mergedInto ? (
                <>
                  <dt className="text-gray-600">{t("mergedInto")}</dt>
                  <dd>
                    <Link href={`/community/needs/${need.mergedInto.id}`} className="underline">
                      {need.mergedInto.content.slice(0, 40)}
                    </Link>
                  </dd>
                </>
              ) : null}
              {need.rating ? (
                <>
                  <dt className="text-gray-600">{t("rating")}</dt>
                  <dd>
                    {t("stars", { count: need.rating })}
                    {need.ratingSource ? ` · ${t(`ratingSource.${need.ratingSource}`)}` : ""}
                    {need.ratingComment ? <p className="text-gray-700">{need.ratingComment}</p> : null}
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>

          <Card title={t("contact")}>
            {need.contactErasedAt ? (
              <p className="text-sm text-gray-600">{t("contactErased")}</p>
            ) : (
              <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
                <dt className="text-gray-600">{t("residentName")}</dt>
                <dd>{need.residentName ?? "—"}</dd>
                <dt className="text-gray-600">{t("residentPhone")}</dt>
                <dd className="tabular">
                  {need.residentPhone ? (
                    <a href={`tel:${need.residentPhone}`} className="underline">
                      {need.residentPhone}
                    </a>
                  ) : (
                    "—"
                  )}
                </dd>
                <dt className="text-gray-600">{t("room")}</dt>
                <dd>{[need.building?.name, need.room].filter(Boolean).join(" ") || "—"}</dd>
              </dl>
            )}
            <p className="mt-2 text-xs text-gray-600">{t("contactHint")}</p>
          </Card>

          {need.duplicates.length || need.mergedNeeds.length ? (
            <Card title={t("duplicatesTitle")}>
              <ul className="space-y-1 text-sm">
                {need.duplicates.map((d) => (
                  <li key={d.id}>
                    <Link href={`/community/needs/${d.id}`} className="underline">
                      {d.content.slice(0, 60)}
                    </Link>{" "}
                    <span className="text-gray-600">{t("similarity", { percent: Math.round(d.score * 100) })}</span>
                  </li>
                ))}
                {need.mergedNeeds.map((d) => (
                  <li key={d.id}>
                    <Link href={`/community/needs/${d.id}`} className="underline">
                      {d.content.slice(0, 60)}
                    </Link>{" "}
                    <span className="text-gray-600">{t("mergedHere")}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}

          <Card title={t("claimsTitle", { count: need.claims.length })}>
            {need.claims.length ? (
              <DataTable
                frame="plain"
                head={
                  <>
                    <th scope="col" className="py-1 pr-3">
                      {t("member")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("phone")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("statusLabel")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("notes")}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t("points")}
                    </th>
                  </>
                }
              >
                {need.claims.map((c) => (
                  <tr key={c.id}>
                    <td className="py-1.5 pr-3">
                      <Link href={`/community/members/${c.member.id}`} className="underline-offset-2 hover:underline">
                        {c.member.name}
                      </Link>
                      <div className="text-xs text-gray-600">
                        {c.assignedById ? t("assignedBy") : t("claimedSelf")} ·{" "}
                        {format.dateTime(c.claimedAt, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" })}
                      </div>
                    </td>
                    <td className="tabular py-1.5 pr-3">{c.member.phone}</td>
                    <td className="py-1.5 pr-3">
                      <StatusBadge tone={c.status === "RETURNED" ? "gray" : c.status === "DONE" ? "green" : "blue"}>
                        {tw(`claimStatus.${c.status}`)}
                      </StatusBadge>
                    </td>
                    <td className="py-1.5 pr-3 text-sm">
                      {c.doneNote ?? c.progressNote ?? ""}
                      {c.returnReason ? (
                        <span className="text-gray-600">{t("returnedBecause", { reason: c.returnReason })}</span>
                      ) : null}
                    </td>
                    <td className="tabular py-1.5 text-right">{c.points ?? "—"}</td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <p className="text-sm text-gray-600">{t("noClaims")}</p>
            )}
          </Card>

          {matching ? (
            <Card title={t("matchesTitle")}>
              <p className="mb-3 text-sm text-gray-600">{t("matchesHint")}</p>
              {free.length ? (
                <div className="space-y-6">
                  {onBoard && notifiable.length ? (
                    <NotifyMatchesForm
                      needId={need.id}
                      options={notifiable.map((m) => ({ value: m.id, label: matchLabel(m) }))}
                      chosen={notifiable.slice(0, NOTIFY_TOP).map((m) => m.id)}
                      action={notifyMatchesAction}
                    />
                  ) : null}
                  {canMove(need.status, "assign") ? (
                    <AssignNeedForm
                      needId={need.id}
                      options={free.map((m) => ({ value: m.id, label: matchLabel(m) }))}
                      action={assignNeedAction}
                    />
                  ) : null}
                </div>
              ) : (
                <p className="text-sm text-gray-600">{t("noMatches")}</p>
              )}
            </Card>
          ) : null}
        </div>

        <div className="space-y-6">
          {canMove(need.status, "publish") ? (
            <Card title={t("publishTitle")}>
              <PublishNeedForm needId={need.id} places={need.places} action={publishNeedAction} />
            </Card>
          ) : null}
          {need.status === "DONE" ? (
            <Card title={t("phoneAnswerTitle")}>
              <div className="space-y-6">
                <ConfirmByPhoneForm needId={need.id} action={confirmNeedByPhoneAction} />
                <ReopenByPhoneForm needId={need.id} action={reopenNeedByPhoneAction} />
              </div>
            </Card>
          ) : null}
          {dispatchable ? (
            <ClientMessages namespaces={["needUnits"]}>
              <Card title={tUnits("dispatchTitle")}>
                <DispatchToUnitForm
                  action={dispatchNeedToUnitAction}
                  needId={need.id}
                  units={units}
                  defaultMonth={parseTaskMonth(undefined)}
                />
              </Card>
            </ClientMessages>
          ) : null}
          {canMove(need.status, "convert") ? (
            <Card title={t("convertTitle")}>
              <ConvertNeedForm needId={need.id} action={convertNeedAction} />
            </Card>
          ) : null}
          {canMove(need.status, "merge") && need.mergeTargets.length ? (
            <Card title={t("mergeTitle")}>
              <MergeNeedForm
                needId={need.id}
                targets={[...need.duplicates.map((d) => d.id), ...need.mergeTargets.map((m) => m.id)]
                  .filter((id, i, all) => all.indexOf(id) === i)
                  .map((id) => {
                    const target = need.mergeTargets.find((m) => m.id === id) ?? need.duplicates.find((d) => d.id === id);
                    return { value: id, label: (target?.content ?? "").slice(0, 40) };
                  })}
                action={mergeNeedAction}
              />
            </Card>
          ) : null}
          {canMove(need.status, "reject") ? (
            <Card title={t("rejectTitle")}>
              <RejectNeedForm needId={need.id} action={rejectNeedAction} />
            </Card>
          ) : null}
          {canMove(need.status, "close") ? (
            <Card title={t("closeTitle")}>
              <CloseNeedForm needId={need.id} action={closeNeedAction} />
            </Card>
          ) : null}
          <Card title={t("reissueTitle")}>
            <p className="mb-3 text-sm text-gray-700">{t("reissueHint")}</p>
            <ActionForm
              action={reissueSlipAction}
              submitLabel={t("reissue")}
              submitVariant="secondary"
              confirm={t("reissueHint")}
            >
              <input type="hidden" name="needId" value={need.id} />
            </ActionForm>
          </Card>
          <Card title={t("timeline")}>
            <NeedTimeline events={need.events} showActors />
          </Card>
        </div>
      </div>
    </>
  );
}
