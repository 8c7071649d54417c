import { getTranslations } from "next-intl/server";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getUnitOverview } from "@/lib/units/get-unit-overview";

export default async function UnitHome() {
  const actor = await requirePermission("unit.view");
  const [overview, t] = await Promise.all([getUnitOverview({ actor }), getTranslations("unit")]);
  const { unit } = overview;
  return (
    <>
      <PageHeader title={unit.name} description={unit.partyBranchName ?? undefined} />
      <div className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat label={t("reported")} value={overview.reported} />
        <Stat label={t("active")} value={overview.active} />
        <Stat label={t("pending")} value={overview.pending} />
      </div>
      <Card title={t("whereTheyLive")}>
        {overview.communities.length ? (
          <table className="min-w-full text-sm">
            <thead className="text-left text-gray-700">
              <tr>
                <th scope="col" className="py-2 pr-4">{t("community")}</th>
                <th scope="col" className="py-2 text-right">{t("members")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {overview.communities.map((c) => (
                <tr key={c.id}>
                  <td className="py-2 pr-4">{c.name}</td>
                  <td className="tabular py-2 text-right">{c.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <EmptyState message={t("noMembers")} />
        )}
      </Card>
    </>
  );
}
