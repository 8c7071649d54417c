import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { GrantRoleForm, RevokeButton } from "@/components/users/grant-role-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { requirePermission } from "@/lib/auth/session";
import { listGrantTargets } from "@/lib/users/list-grant-targets";
import { listUsers } from "@/lib/users/list-users";
import { DataTable } from "@/components/ui/data-table";
import { grantRoleAction, revokeRoleAction, signOutUserAction } from "@/app/(admin)/admin/actions";
import { SignOutUserButton } from "@/components/users/sign-out-user-button";
import { parsePage, parseQueryText } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "users.title" });
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const actor = await requirePermission("grants.manage");
  const search = await searchParams;
  const t = await getTranslations();
  const [{ users, total, page, pageSize }, targets] = await Promise.all([
    listUsers({ actor, input: { query: parseQueryText(search.q), page: parsePage(search.page) } }),
    listGrantTargets({ actor }),
  ]);
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          <SearchBox label={t("users.search")} defaultValue={search.q} />
          {users.length ? (
            <DataTable
              head={
                <>
                  <th scope="col" className="px-4 py-2">
                    {t("users.name")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("users.phone")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("users.roles")}
                  </th>
                </>
              }
            >
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="px-4 py-2 font-medium">
                    {user.name}
                    {user.id !== actor.userId ? (
                      <SignOutUserButton action={signOutUserAction} userId={user.id} name={user.name} />
                    ) : null}
                  </td>
                  <td className="tabular px-4 py-2">{user.phone}</td>
                  <td className="px-4 py-2">
                    <ul className="space-y-1">
                      {user.grants.map((grant) => {
                        const label = `${t(`roles.${grant.role}`)} · ${grant.organization.name}`;
                        return (
                          <li key={grant.id} className="flex flex-wrap items-center gap-2">
                            <span>{label}</span>
                            {grant.id !== actor.active?.id ? (
                              <RevokeButton action={revokeRoleAction} grantId={grant.id} label={`${user.name} ${label}`} />
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <EmptyState message={t("users.empty")} />
          )}
          <Pagination page={page} pageSize={pageSize} total={total} params={{ q: search.q }} />
        </div>
        <Card title={t("users.grantTitle")}>
          <GrantRoleForm action={grantRoleAction} targets={targets} />
        </Card>
      </div>
    </>
  );
}
