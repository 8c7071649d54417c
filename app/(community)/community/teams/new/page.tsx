import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TeamForm } from "@/components/teams/team-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listLeaderCandidates } from "@/lib/teams/list-leader-candidates";
import { createTeamAction } from "@/app/(community)/community/teams/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams");
  return { title: `${t("new")} – ${t("title")}` };
}

export default async function NewTeamPage() {
  const actor = await requirePermission("teams.manage");
  const [candidates, t] = await Promise.all([listLeaderCandidates({ actor }), getTranslations("teams")]);
  return (
    <>
      <Link href="/community/teams" className="text-sm underline">
        {t("backToTeams")}
      </Link>
      <PageHeader title={t("new")} />
      <Card className="max-w-2xl">
        <TeamForm
          action={createTeamAction}
          candidates={candidates.map((m) => ({
            value: m.id,
            label: [m.name, m.building?.name, m.room].filter(Boolean).join(" · "),
          }))}
        />
      </Card>
    </>
  );
}
