import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getBuilding } from "@/lib/community/get-building";
import { orNotFound } from "@/lib/or-not-found";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "pageTitles.building" });
}

export default async function BuildingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("community.view");
  const { id } = await params;
  const [building, t] = await Promise.all([orNotFound(getBuilding({ actor, input: { id } })), getTranslations("community")]);
  return (
    <>
      <Link href="/community" className="text-sm underline">
        {t("backToOverview")}
      </Link>
      <PageHeader title={building.name} description={building.parent?.name} />
      {building.buildingMembers.length ? (
        <DataTable
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("room")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("phone")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("employer")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("status")}
              </th>
            </>
          }
        >
          {building.buildingMembers.map((m) => (
            <tr key={m.id}>
              <td className="tabular px-4 py-2">{m.room ?? "—"}</td>
              <td className="px-4 py-2 font-medium">
                {m.name}
                {m.isBuildingLeader ? <span className="ml-2 text-xs text-gray-600">{t("buildingLeader")}</span> : null}
                {m.isCenterHousehold ? <span className="ml-2 text-xs text-gray-600">{t("centerHousehold")}</span> : null}
              </td>
              <td className="tabular px-4 py-2">{m.phone}</td>
              <td className="px-4 py-2">{m.employerUnit?.name ?? m.employerName ?? "—"}</td>
              <td className="px-4 py-2">
                <StatusBadge tone={m.status === "ACTIVE" ? "green" : "amber"}>{t(`memberStatus.${m.status}`)}</StatusBadge>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={t("noMembersInBuilding")} />
      )}
    </>
  );
}
