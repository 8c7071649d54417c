import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddChildForm } from "@/components/orgs/org-forms";
import { OrgTree } from "@/components/orgs/org-tree";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listOrgTree } from "@/lib/orgs/list-org-tree";
import { createOrgAction } from "@/app/(admin)/admin/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "pageTitles.adminHome" });
}

export default async function OrgTreePage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const actor = await requirePermission("orgs.view");
  const includeArchived = (await searchParams).archived === "1";
  const [tree, t] = await Promise.all([listOrgTree({ actor, input: { includeArchived } }), getTranslations("orgs")]);
  if (!tree) return <EmptyState message={t("noStreet")} />;
  return (
    <>
      <PageHeader
        title={t("treeTitle", { street: tree.name })}
        description={t("treeDescription", { count: tree.activeMembers })}
        actions={
          <Link className="self-center text-sm underline" href={includeArchived ? "/admin" : "/admin?archived=1"}>
            {includeArchived ? t("hideArchived") : t("showArchived")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>{tree.children.length ? <OrgTree node={tree} /> : <EmptyState message={t("noCommunities")} />}</Card>
        <Card title={t("addCommunity")}>
          <AddChildForm action={createOrgAction} parentId={tree.id} childKind="COMMUNITY" />
        </Card>
      </div>
    </>
  );
}
