import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedForm } from "@/components/needs/need-form";
import { requirePermission } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/errors";
import { getOnBehalfForm } from "@/lib/needs/get-on-behalf-form";
import { recordNeedAsLeaderAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("needsPublic");
  return { title: t("record.leaderTitle") };
}

/** A building group leader records a need for a resident of their building (others: 403). */
export default async function LeaderRecordNeedPage() {
  const actor = await requirePermission("self.view");
  const [options, t] = await Promise.all([
    getOnBehalfForm({ actor }).catch((error: unknown) => {
      // only building group leaders record on behalf
      if (error instanceof ForbiddenError) forbidden();
      throw error;
    }),
    getTranslations("needsPublic"),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("record.leaderTitle")}</h1>
      <p className="text-gray-700">{t("record.leaderIntro")}</p>
      <ClientMessages namespaces={["needsPublic"]}>
        <NeedForm action={recordNeedAsLeaderAction} options={{ ...options, communityId: options.community.id }} onBehalf />
      </ClientMessages>
    </div>
  );
}
