import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requirePermission } from "@/lib/auth/session";
import { parsePage } from "@/lib/validation/fields";
import { DataTable } from "@/components/ui/data-table";

function summary(value: unknown) {
  if (!value || typeof value !== "object") return "";
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join("; ");
}

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "audit.title" });
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("audit.view");
  const { page: pageParam } = await searchParams;
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  const { events, total, page, pageSize } = await listAuditEvents({ actor, input: { page: parsePage(pageParam) } });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {events.length ? (
        <DataTable
          bodyClassName="align-top"
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("when")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("who")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("what")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("before")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("after")}
              </th>
            </>
          }
        >
          {events.map((e) => (
            <tr key={e.id}>
              <td className="tabular px-4 py-2 whitespace-nowrap">
                {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </td>
              <td className="px-4 py-2">{e.actorName}</td>
              <td className="px-4 py-2">{t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action}</td>
              <td className="max-w-xs px-4 py-2 break-words text-gray-600">{summary(e.before)}</td>
              <td className="max-w-xs px-4 py-2 break-words text-gray-600">{summary(e.after)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={t("empty")} />
      )}
      <Pagination page={page} pageSize={pageSize} total={total} params={{}} />
    </>
  );
}
