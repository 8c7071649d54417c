import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddChildForm, ArchiveForm, MoveForm, RenameForm } from "@/components/orgs/org-forms";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getOrg } from "@/lib/orgs/get-org";
import { CHILD_KIND } from "@/lib/orgs/tree-rules";
import { archiveOrgAction, createOrgAction, moveOrgAction, renameOrgAction, restoreOrgAction } from "@/app/(admin)/admin/actions";

export default async function OrgPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("orgs.view");
  const { id } = await params;
  const [t, ts] = await Promise.all([getTranslations("orgs"), getTranslations("share")]);
  const { org, moveTargets } = await orNotFound(getOrg({ actor, input: { id } }));
  const childKind = CHILD_KIND[org.kind];
  const archived = !!org.archivedAt;
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm text-gray-600">
        <Link href="/admin" className="underline">
          {t("backToTree")}
        </Link>
        {org.parent && org.parent.kind !== "STREET" ? (
          <>
            {" / "}
            <Link href={`/admin/orgs/${org.parent.id}`} className="underline">
              {org.parent.name}
            </Link>
          </>
        ) : null}
      </nav>
      <PageHeader
        title={org.name}
        description={t(`kinds.${org.kind}`)}
        actions={
          archived ? (
            <StatusBadge tone="gray">{t("archivedBadge")}</StatusBadge>
          ) : org.kind === "COMMUNITY" ? (
            <LinkButton href={`/admin/orgs/${org.id}/poster`} variant="secondary">
              {ts("printPosterLink")}
            </LinkButton>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {childKind ? (
          <Card title={t("childrenTitle", { kind: t(`kinds.${childKind}`) })}>
            {org.children.length ? (
              <ul className="divide-y divide-gray-100">
                {org.children.map((child) => (
                  <li key={child.id} className="flex items-center justify-between py-2">
                    <Link href={`/admin/orgs/${child.id}`} className="underline-offset-2 hover:underline">
                      {child.name}
                    </Link>
                    {child.archivedAt ? <StatusBadge tone="gray">{t("archivedBadge")}</StatusBadge> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState message={t("noChildren", { kind: t(`kinds.${childKind}`) })} />
            )}
            {!archived ? (
              <div className="mt-5 border-t border-gray-100 pt-5">
                <AddChildForm action={createOrgAction} parentId={org.id} childKind={childKind} />
              </div>
            ) : null}
          </Card>
        ) : null}
        <div className="space-y-6">
          <Card title={t("renameTitle")}>
            <RenameForm action={renameOrgAction} id={org.id} name={org.name} />
          </Card>
          {moveTargets.length && !archived ? (
            <Card title={t("moveTitle")}>
              <MoveForm
                action={moveOrgAction}
                id={org.id}
                currentParentId={org.parent?.id}
                targets={moveTargets.map((m) => ({ value: m.id, label: m.parent ? `${m.parent.name} / ${m.name}` : m.name }))}
              />
            </Card>
          ) : null}
          {org.kind !== "STREET" ? (
            <Card title={archived ? t("restoreTitle") : t("archiveTitle")}>
              <ArchiveForm
                archive={archiveOrgAction}
                restore={restoreOrgAction}
                id={org.id}
                archived={archived}
                name={org.name}
              />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
