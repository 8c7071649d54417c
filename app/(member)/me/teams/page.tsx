import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplyForm } from "@/components/teams/team-forms";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { getPageActor, requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { listMemberTeams } from "@/lib/teams/list-member-teams";
import { applyToTeamAction } from "@/app/(member)/me/teams/actions";

export async function generateMetadata(): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations("teams.member"), getPageActor()]);
  return { title: `${t("title")} – ${actor?.active?.orgName ?? ""}` };
}

/** 志愿服务队 on the phone: the community's teams, join one, and the teams the member leads. */
export default async function MemberTeamsPage() {
  const actor = await requirePermission("self.view");
  const [teams, t] = await Promise.all([orNotFound(listMemberTeams({ actor })), getTranslations("teams.member")]);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("intro")}</p>
      </div>
      {teams.length ? (
        <ul className="space-y-3">
          {teams.map((team) => (
            <li key={team.id}>
              <Card title={team.name}>
                {team.description ? <p className="text-sm text-gray-700">{team.description}</p> : null}
                <p className="mt-1 text-sm text-gray-600">
                  {t("leaderAndSize", { leader: team.leader.name, count: team._count.memberships })}
                </p>
                <div className="mt-3">
                  {team.leads ? (
                    <LinkButton href={`/me/teams/${team.id}`} className="w-full">
                      {t("manage")}
                    </LinkButton>
                  ) : team.standing?.status === "MEMBER" ? (
                    <StatusBadge tone="green">{team.standing.isCore ? t("core") : t("member")}</StatusBadge>
                  ) : team.standing?.status === "APPLIED" ? (
                    <StatusBadge tone="amber">{t("applied")}</StatusBadge>
                  ) : (
                    <ApplyForm action={applyToTeamAction} teamId={team.id} name={team.name} />
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-600">{t("none")}</p>
      )}
    </div>
  );
}
