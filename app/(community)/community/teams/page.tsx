import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { getPageActor, requirePermission } from "@/lib/auth/session";
import { listTeams } from "@/lib/teams/list-teams";

export async function generateMetadata(): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations("teams"), getPageActor()]);
  return { title: `${t("title")} – ${actor?.active?.orgName ?? ""}` };
}

/** 志愿服务队: the community's standing teams, their leaders and figures. */
export default async function TeamsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requirePermission("teams.manage");
  const [teams, t, flags] = await Promise.all([listTeams({ actor }), getTranslations("teams"), searchParams]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<LinkButton href="/community/teams/new">{t("new")}</LinkButton>}
      />
      {flags.done === "created" ? (
        <Notice tone="success" className="mb-4" role="status">
          {t("created")}
        </Notice>
      ) : null}
      {teams.length ? (
        <DataTable
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("leader")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("members")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("activities")}
              </th>
            </>
          }
        >
          {teams.map((team) => (
            <tr key={team.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/community/activities?tab=upcoming&team=${team.id}`} className="underline-offset-2 hover:underline">
                  {team.name}
                </Link>
                {team.description ? <span className="block text-xs text-gray-600">{team.description}</span> : null}
              </td>
              <td className="px-4 py-2">{team.leader.name}</td>
              <td className="tabular px-4 py-2 text-right">{team._count.memberships}</td>
              <td className="tabular px-4 py-2 text-right">{team._count.activities}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={t("none")} />
      )}
    </>
  );
}
