import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { UnitMemberDetail } from "@/components/unit-portal/member-detail";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getUnitMember } from "@/lib/unit-portal/get-unit-member";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("unit", { key: "pageTitles.unitMember" });
}

/** One of the unit's members; another unit's member (or a guessed id) is a 404. */
export default async function UnitMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("unit.members");
  const { id } = await params;
  const [detail, t] = await Promise.all([
    orNotFound(getUnitMember({ actor, input: { id } })),
    getTranslations("unitPortal.member"),
  ]);
  return (
    <>
      <Link href="/unit/members" className="text-sm underline">
        {t("back")}
      </Link>
      <PageHeader title={detail.name} description={t("description", { phone: detail.phone })} />
      <UnitMemberDetail detail={detail} />
    </>
  );
}
