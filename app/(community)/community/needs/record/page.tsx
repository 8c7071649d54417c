import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedForm } from "@/components/needs/need-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getOnBehalfForm } from "@/lib/needs/get-on-behalf-form";
import { recordNeedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "needsPublic.record.title" });
}

/** 上门收集: the secretary records a need collected door to door or by phone; the slip prints next. */
export default async function RecordNeedPage() {
  const actor = await requirePermission("needs.record");
  const [options, t] = await Promise.all([getOnBehalfForm({ actor }), getTranslations("needsPublic")]);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("record.title")} description={t("record.intro", { community: options.community.name })} />
      <ClientMessages namespaces={["needsPublic"]}>
        <NeedForm action={recordNeedAction} options={{ ...options, communityId: options.community.id }} onBehalf />
      </ClientMessages>
    </div>
  );
}
