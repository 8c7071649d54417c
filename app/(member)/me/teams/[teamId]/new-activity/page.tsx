import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { listActivityFormOptions } from "@/lib/activities/list-activity-form-options";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getLedTeam } from "@/lib/teams/get-led-team";
import { currentYear } from "@/lib/time";
import { teamCreateActivityAction } from "@/app/(member)/me/teams/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams.member");
  return { title: `${t("newActivity")} – ${t("title")}` };
}

/** A team leader drafts an activity of their team (the secretary's form and rules). */
export default async function NewTeamActivityPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requirePermission("team.lead");
  const { teamId } = await params;
  const { team } = await orNotFound(getLedTeam({ actor, input: { teamId } }));
  const [options, t] = await Promise.all([
    listActivityFormOptions({ actor, input: { year: currentYear() } }),
    getTranslations("teams.member"),
  ]);
  return (
    <div className="space-y-5">
      <Link href={`/me/teams/${team.id}`} className="text-sm underline">
        {t("backToTeam", { name: team.name })}
      </Link>
      <h1 className="text-xl font-semibold">{t("newActivity")}</h1>
      <ActivityForm
        options={options}
        create={teamCreateActivityAction}
        update={teamCreateActivityAction}
        defaults={{ teamId: team.id }}
      />
    </div>
  );
}
