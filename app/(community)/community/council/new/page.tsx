import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsultationForm } from "@/components/council/council-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { createConsultationAction } from "@/app/(community)/community/council/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("council");
  return { title: `${t("newConsultation")} – ${t("title")}` };
}

export default async function NewConsultationPage() {
  await requirePermission("council.manage");
  const t = await getTranslations("council");
  return (
    <>
      <Link href="/community/council" className="text-sm underline">
        {t("backToCouncil")}
      </Link>
      <PageHeader title={t("newConsultation")} description={t("newConsultationHint")} />
      <Card className="max-w-3xl">
        <ConsultationForm action={createConsultationAction} />
      </Card>
    </>
  );
}
