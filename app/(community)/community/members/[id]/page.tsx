import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MemberEditForm, MoveOutForm } from "@/components/members/member-file-forms";
import { ServiceRecordView } from "@/components/members/service-record-view";
import { STATUS_TONE } from "@/components/roster/roster-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getMemberFile } from "@/lib/members/get-member-file";
import { listResidenceOptions } from "@/lib/members/list-residence-options";
import { serviceRecordOf } from "@/lib/members/service-record";
import { previousServiceRecords } from "@/lib/transfers/previous-entries";
import { orNotFound } from "@/lib/or-not-found";
import { moveBackAction, moveOutAction, updateMemberAction } from "@/app/(community)/community/members/actions";

export default async function MemberFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("roster.view");
  const { id } = await params;
  const { member, history } = await orNotFound(getMemberFile({ actor, input: { id } }));
  const [service, previous, tt, options, t, tr, tc, ta, format] = await Promise.all([
    serviceRecordOf(member.id, member.communityId),
    // a member who transferred in: what they did in the communities they left, as of its time (read-only)
    previousServiceRecords(member.id),
    getTranslations("transfers"),
    listResidenceOptions(member.communityId),
    getTranslations("memberFile"),
    getTranslations("register"),
    getTranslations("categories"),
    getTranslations("audit.actions"),
    getFormatter(),
  ]);
  const editable = can(actor, "roster.edit");
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-gray-600">{label}</dt>
      <dd>{value || "—"}</dd>
    </>
  );
  return (
    <>
      <Link href="/community/roster" className="text-sm underline">
        {t("backToRoster")}
      </Link>
      <PageHeader
        title={member.name}
        description={t("fileOf")}
        actions={<StatusBadge tone={STATUS_TONE[member.status]}>{t(`statuses.${member.status}`)}</StatusBadge>}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-6">
          <Card title={t("profile")}>
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              {row(tr("phone"), <span className="tabular">{member.phone}</span>)}
              {row(t("residence"), [member.grid?.name, member.building?.name, member.room].filter(Boolean).join(" · "))}
              {row(tr("kind"), tr(`kinds.${member.kind}`))}
              {row(
                tr("employer"),
                member.employerUnit
                  ? `${member.employerUnit.name}（${member.employerUnit.partyBranchName ?? ""}）`
                  : [member.employerName, member.employerBranch].filter(Boolean).join(" / "),
              )}
              {row(tr("position"), member.position)}
              {row(tr("skills"), member.skills.join("、"))}
              {row(tr("interests"), member.interests.map((c) => (tc.has(c) ? tc(c) : c)).join("、"))}
              {row(tr("availability"), member.availability.map((a) => tr(`availabilityOptions.${a}`)).join("、"))}
              {row(tr("willingness"), member.willingness)}
              {row(t("badgeNumber"), member.badgeNumber)}
              {row(
                t("flags"),
                [
                  member.isCenterHousehold && t("centerHousehold"),
                  member.isCouncilMember && t("council"),
                  member.isBuildingLeader && t("buildingLeader"),
                ]
                  .filter(Boolean)
                  .join("、"),
              )}
              {row(t("reportedAt"), format.dateTime(member.reportedAt, { dateStyle: "long" }))}
              {row(t("verifiedAt"), member.verifiedAt ? format.dateTime(member.verifiedAt, { dateStyle: "long" }) : null)}
              {row(t("source"), t(`sources.${member.source}`))}
              {row(t("account"), member.user ? t("hasAccount") : t("noAccount"))}
              {member.rejectReason && member.status === "REJECTED" ? row(t("rejectReason"), member.rejectReason) : null}
            </dl>
          </Card>
          <Card title={t("serviceTitle")}>
            <ServiceRecordView record={service} activityHref={(id) => `/community/activities/${id}`} />
          </Card>
          {previous.map((p) => (
            <Card key={p.id} title={tt("previousTitle", { community: p.communityName })}>
              <ServiceRecordView record={p.record} />
            </Card>
          ))}
          <Card title={t("historyTitle")}>
            <ol className="space-y-2 text-sm">
              {history.map((e) => (
                <li key={e.id} className="flex flex-wrap gap-x-3">
                  <span className="tabular text-gray-600">
                    {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                  <span className="font-medium">{ta.has(e.action) ? ta(e.action) : e.action}</span>
                  <span className="text-gray-600">{e.actorName}</span>
                </li>
              ))}
              {history.length === 0 ? <li className="text-gray-600">{t("noHistory")}</li> : null}
            </ol>
          </Card>
        </div>
        {editable ? (
          <div className="space-y-6">
            {member.status !== "MOVED_OUT" ? (
              <Card title={t("editTitle")}>
                <MemberEditForm
                  action={updateMemberAction}
                  member={{ ...member, employerName: member.employerUnit?.name ?? member.employerName }}
                  grids={options.grids}
                  unitNames={options.unitNames}
                />
              </Card>
            ) : null}
            {member.status === "ACTIVE" || member.status === "MOVED_OUT" ? (
              <Card title={member.status === "MOVED_OUT" ? t("moveBackTitle") : t("moveOutTitle")}>
                <MoveOutForm
                  moveBack={moveBackAction}
                  moveOut={moveOutAction}
                  id={member.id}
                  name={member.name}
                  movedOut={member.status === "MOVED_OUT"}
                />
              </Card>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
