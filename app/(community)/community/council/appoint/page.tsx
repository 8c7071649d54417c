import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppointForm } from "@/components/council/council-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listCouncilCandidates } from "@/lib/council/list-council-candidates";
import { appointCouncilMemberAction } from "@/app/(community)/community/council/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("council");
  return { title: `${t("appoint")} – ${t("title")}` };
}

export default async function AppointPage() {
  const actor = await requirePermission("council.manage");
  const [candidates, t] = await Promise.all([listCouncilCandidates({ actor }), getTranslations("council")]);
  return (
    <>
      <Link href="/community/council" className="text-sm underline">
        {t("backToCouncil")}
      </Link>
      <PageHeader title={t("appoint")} description={t("appointHint")} />
      <Card className="max-w-2xl">
        <AppointForm
          action={appointCouncilMemberAction}
          candidates={candidates.map((m) => ({
            value: m.id,
            label: [m.name, m.building?.name, m.room].filter(Boolean).join(" · "),
          }))}
        />
      </Card>
    </>
  );
}
