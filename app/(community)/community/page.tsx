import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getCommunityOverview } from "@/lib/community/get-community-overview";

export default async function CommunityHome() {
  const actor = await requirePermission("community.view");
  const [overview, t] = await Promise.all([getCommunityOverview({ actor }), getTranslations("community")]);
  const { community, members, grids } = overview;
  return (
    <>
      <PageHeader title={community.name} description={community.parent ? t("underStreet", { street: community.parent.name }) : undefined} />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("active")} value={members.active} />
        <Stat label={t("pending")} value={members.pending} />
        <Stat label={t("rejected")} value={members.rejected} />
        <Stat label={t("movedOut")} value={members.movedOut} />
      </div>
      <Card title={t("gridsTitle")}>
        {grids.length ? (
          <table className="min-w-full text-sm">
            <thead className="text-left text-gray-700">
              <tr>
                <th scope="col" className="py-2 pr-4">{t("grid")}</th>
                <th scope="col" className="py-2 pr-4">{t("buildings")}</th>
                <th scope="col" className="py-2 text-right">{t("activeMembers")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {grids.map((grid) => (
                <tr key={grid.id}>
                  <td className="py-2 pr-4 font-medium">{grid.name}</td>
                  <td className="py-2 pr-4 text-gray-700">
                    {grid.children.length ? (
                      <ul className="flex flex-wrap gap-x-3 gap-y-1">
                        {grid.children.map((b) => (
                          <li key={b.id}>
                            <Link href={`/community/buildings/${b.id}`} className="underline-offset-2 hover:underline">
                              {b.name}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="tabular py-2 text-right">{grid.activeMembers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <EmptyState message={t("noGrids")} />
        )}
      </Card>
    </>
  );
}
