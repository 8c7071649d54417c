import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import { listSmsOutbox } from "@/lib/sms/list-sms-outbox";
import { parsePage } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "smsOutbox.title" });
}

export default async function SmsOutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("sms.outbox");
  const { page: pageParam } = await searchParams;
  const [t, format] = await Promise.all([getTranslations("smsOutbox"), getFormatter()]);
  const { provider, messages, total, page, pageSize } = await listSmsOutbox({ actor, input: { page: parsePage(pageParam) } });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={provider === "console" ? t("description") : t("realProvider", { provider: provider ?? "—" })}
      />
      {messages.length ? (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-gray-50 text-left text-gray-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("when")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("phone")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("text")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 align-top">
              {messages.map((m) => (
                <tr key={m.id} data-testid="sms-outbox-row">
                  <td className="tabular px-4 py-2 whitespace-nowrap">
                    {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </td>
                  <td className="tabular px-4 py-2">{m.phone}</td>
                  <td className="px-4 py-2">{m.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState message={t("empty")} />
      )}
      <Pagination page={page} pageSize={pageSize} total={total} params={{}} />
    </>
  );
}
