import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedsFiguresView } from "@/components/needs/needs-figures-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getNeedsFigures } from "@/lib/needs/get-needs-figures";
import { listOverdueNeeds } from "@/lib/needs/overdue-needs";
import { anyYear, localYear, parseYear } from "@/lib/time";
import { remindOverdueNeedsAction } from "./actions";

type Search = Promise<{ year?: string | string[] }>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const actor = await requirePermission("needs.manage");
  const [t, org] = await Promise.all([
    getTranslations("needFigures"),
    db().organization.findFirst({ where: { id: actor.active!.orgId }, select: { name: true } }),
  ]);
  return { title: t("metaCommunity", { year: parseYear((await searchParams).year, anyYear()), community: org?.name ?? "" }) };
}

/** 需求统计: the community's needs figures for a year, the overdue list and the ledger export. */
export default async function CommunityNeedsFiguresPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePermission("needs.manage");
  const year = parseYear((await searchParams).year, anyYear());
  const [data, overdue, t] = await Promise.all([
    getNeedsFigures({ actor, input: { year } }),
    listOverdueNeeds({ actor }),
    getTranslations("needFigures"),
  ]);
  return (
    <ClientMessages namespaces={["needFigures"]}>
      <PageHeader
        title={t("communityTitle")}
        description={t("description", { year })}
        actions={
          <a
            href={`/community/need-figures/export?year=${year}`}
            className={buttonClass("secondary")}
            download
            title={t("exportHint")}
          >
            {t("export")}
          </a>
        }
      />
      <YearSwitcher year={year} thisYear={localYear(new Date())} basePath="/community/need-figures" />
      <NeedsFiguresView data={data} overdue={overdue} remind={remindOverdueNeedsAction} showCommunity={false} />
    </ClientMessages>
  );
}
