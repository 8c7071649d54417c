import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecideApplicationForms } from "@/components/teams/team-forms";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getLedTeam } from "@/lib/teams/get-led-team";
import { decideMembershipAction } from "@/app/(member)/me/teams/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams.member");
  return { title: `${t("leadTitle")} – ${t("title")}` };
}

/** A team leader's page on the phone: figures, applications, members and the team's activities. */
export default async function LedTeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requirePermission("team.lead");
  const { teamId } = await params;
  const { team, memberships, activities, figures } = await orNotFound(getLedTeam({ actor, input: { teamId } }));
  const [t, ta, format] = await Promise.all([getTranslations("teams.member"), getTranslations("activities"), getFormatter()]);
  const applied = memberships.filter((m) => m.status === "APPLIED");
  const members = memberships.filter((m) => m.status === "MEMBER");
  return (
    <div className="space-y-5">
      <Link href="/me/teams" className="text-sm underline">
        {t("back")}
      </Link>
      <h1 className="text-xl font-semibold">{team.name}</h1>
      <div className="grid grid-cols-2 gap-3">
        <Stat label={t("figures.members")} value={figures.members} />
        <Stat label={t("figures.activities")} value={figures.activities} />
        <Stat label={t("figures.attendances")} value={figures.attendances} />
        <Stat label={t("figures.hours")} value={format.number(figures.hours)} />
      </div>
      <LinkButton href={`/me/teams/${team.id}/new-activity`} className="w-full">
        {t("newActivity")}
      </LinkButton>
      <Card title={t("activitiesTitle")}>
        {activities.length ? (
          <ul className="divide-y divide-gray-100">
            {activities.map((a) => (
              <li key={a.id} className="py-2">
                <Link href={`/me/teams/activities/${a.id}`} className="font-medium underline-offset-2 hover:underline">
                  {a.title}
                </Link>
                <span className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-gray-600">
                  <StatusBadge tone={a.status === "DRAFT" ? "gray" : "green"}>{ta(`status.${a.status}`)}</StatusBadge>
                  {format.dateTime(a.startsAt, { dateStyle: "medium", timeStyle: "short" })} · {a.confirmedCount}/{a.capacity}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-gray-600">{t("noActivities")}</p>
        )}
      </Card>
      <Card title={t("applicationsTitle", { count: applied.length })}>
        {applied.length ? (
          <ul className="space-y-4">
            {applied.map((m) => (
              <li key={m.id}>
                <p className="mb-2 font-medium">{m.member.name}</p>
                <DecideApplicationForms action={decideMembershipAction} id={m.id} name={m.member.name} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-gray-600">{t("noApplications")}</p>
        )}
      </Card>
      <Card title={t("membersTitle", { count: members.length })}>
        <ul className="space-y-1">
          {members.map((m) => (
            <li key={m.id}>
              {m.member.name} {m.isCore ? <span className="text-xs text-gray-600">{t("core")}</span> : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
