import { getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { membersHref, UnitDashboard } from "@/components/unit-portal/unit-dashboard";
import { YearPicker } from "@/components/unit-portal/year-picker";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getUnitApplication } from "@/lib/unit-portal/get-unit-application";
import { getUnitDashboard } from "@/lib/unit-portal/get-unit-dashboard";
import { countUnitNeeds } from "@/lib/needs/count-unit-needs";
import { UnitNeedsCard } from "@/components/needs/unit-needs-card";
import { UnitApplication } from "@/components/unit-portal/unit-application";
import { parseYear } from "@/lib/time";
import { unitMemberQuery, unitYears } from "@/lib/unit-portal/unit-member-filter";

/** 单位概况: the unit's members wherever they live and their service in the chosen year. */
export default async function UnitHome({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const actor = await requirePermission("unit.application");
  if (!can(actor, "unit.view")) return <UnitApplication application={await getUnitApplication({ actor })} />;
  const year = parseYear((await searchParams).year, unitYears());
  const [data, t, needs] = await Promise.all([
    getUnitDashboard({ actor, input: { year } }),
    getTranslations("unitPortal.dashboard"),
    can(actor, "unit.needs") ? countUnitNeeds({ actor, input: { year } }) : null,
  ]);
  const members = can(actor, "unit.members");
  return (
    <>
      <PageHeader
        title={data.unit.name}
        description={data.unit.partyBranchName ?? undefined}
        actions={
          <div className="flex flex-wrap items-end gap-2">
            <YearPicker year={year} />
            {members ? (
              <>
                <LinkButton href={membersHref({ year })} variant="secondary">
                  {t("allMembers")}
                </LinkButton>
                <a href={`/unit/members/export?${unitMemberQuery({ year })}`} className={buttonClass("primary")} download>
                  {t("exportYear", { year: String(year) })}
                </a>
              </>
            ) : null}
          </div>
        }
      />
      <UnitDashboard data={data} />
      {needs ? <UnitNeedsCard year={year} counts={needs} /> : null}
    </>
  );
}
