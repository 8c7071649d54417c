import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportPreview } from "@/components/roster/import-preview";
import { ImportRowFilter, ImportRowsTable, type RowFilterTab } from "@/components/roster/import-rows-table";
import { ImportSummary } from "@/components/roster/import-summary";
import { ImportUploadForm } from "@/components/roster/import-upload-form";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getRosterImport } from "@/lib/roster/get-roster-import";
import { listRosterImports } from "@/lib/roster/list-roster-imports";
import type { ImportRow } from "@/lib/roster/import-rows";
import { confirmRosterImportAction, previewRosterImportAction } from "@/app/(community)/community/roster/import/actions";

const BASE = "/community/roster/import";
const TEMPLATE_URL = "/community/roster/template";
const SHOWN_ROWS = 500;

type Search = { batch?: string; show?: string };

export default async function RosterImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("roster.import");
  const search = await searchParams;
  return search.batch ? <BatchView actor={actor} batchId={search.batch} show={search.show} /> : <UploadView actor={actor} />;
}

async function UploadView({ actor }: { actor: Actor }) {
  const [t, format, recent] = await Promise.all([getTranslations("rosterImport"), getFormatter(), listRosterImports({ actor })]);
  return (
    <>
      <Link href="/community/roster" className="text-sm underline">
        {t("backToRoster")}
      </Link>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href={TEMPLATE_URL} download className={buttonClass("secondary")}>
            {t("downloadTemplate")}
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card title={t("upload.title")} className="lg:col-span-3">
          <ImportUploadForm action={previewRosterImportAction} />
        </Card>
        <Card title={t("steps.title")} className="lg:col-span-2">
          <ol className="list-decimal space-y-2 pl-5 text-sm text-gray-800">
            <li>
              {t("steps.one")}{" "}
              <a href={TEMPLATE_URL} download className="font-medium underline">
                {t("downloadTemplate")}
              </a>
            </li>
            <li>{t("steps.two")}</li>
            <li>{t("steps.three")}</li>
            <li>{t("steps.four")}</li>
          </ol>
        </Card>
      </div>
      {recent.length ? (
        <Card title={t("recent.title")} className="mt-6">
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="text-left text-gray-700">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    {t("recent.fileName")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("recent.uploadedAt")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("recent.status")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("recent.result")}
                  </th>
                  <th scope="col" className="py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {recent.map((batch) => (
                  <tr key={batch.id}>
                    <td className="max-w-xs truncate py-2 pr-4 font-medium">{batch.fileName}</td>
                    <td className="tabular whitespace-nowrap py-2 pr-4">
                      {format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className="py-2 pr-4">
                      <StatusBadge tone={batch.status === "IMPORTED" ? "green" : "amber"}>
                        {t(`recent.${batch.status}`)}
                      </StatusBadge>
                    </td>
                    <td className="py-2 pr-4 text-gray-700">
                      {batch.status === "IMPORTED"
                        ? t("recent.counts", { imported: batch.importedCount ?? 0, skipped: batch.skippedCount ?? 0 })
                        : t("recent.notYet")}
                    </td>
                    <td className="py-2 text-right">
                      <Link href={`${BASE}?batch=${batch.id}`} className="underline">
                        {t("recent.open")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}
    </>
  );
}

const PREVIEW_FILTERS: Record<string, (row: ImportRow) => boolean> = {
  all: () => true,
  error: (row) => row.status === "error",
  skip: (row) => row.status === "skip",
  valid: (row) => row.status === "valid",
};
const SUMMARY_FILTERS: Record<string, (row: ImportRow) => boolean> = {
  all: () => true,
  notImported: (row) => row.result !== "imported",
  imported: (row) => row.result === "imported",
};

async function BatchView({ actor, batchId, show }: { actor: Actor; batchId: string; show?: string }) {
  const [batch, t, format] = await Promise.all([
    orNotFound(getRosterImport({ actor, input: { id: batchId } })),
    getTranslations("rosterImport"),
    getFormatter(),
  ]);
  const imported = batch.status === "IMPORTED";
  const filters = imported ? SUMMARY_FILTERS : PREVIEW_FILTERS;
  const fallback = imported
    ? batch.rows.some((r) => r.result !== "imported")
      ? "notImported"
      : "all"
    : batch.counts.error
      ? "error"
      : "all";
  const current = show && show in filters ? show : fallback;
  const tabs: RowFilterTab[] = Object.entries(filters).map(([value, test]) => ({
    value,
    label: t(`filter.${value}`, { count: batch.rows.filter(test).length }),
    href: `${BASE}?batch=${batch.id}&show=${value}`,
  }));
  const matching = batch.rows.filter(filters[current]);
  const time = format.dateTime(imported && batch.importedAt ? batch.importedAt : batch.createdAt, {
    dateStyle: "medium",
    timeStyle: "short",
  });

  return (
    <>
      <Link href={BASE} className="text-sm underline">
        {t("backToImport")}
      </Link>
      <PageHeader
        title={imported ? t("summary.title") : t("preview.title")}
        description={
          imported
            ? t("summary.importedAt", { fileName: batch.fileName, time })
            : t("preview.description", { fileName: batch.fileName, total: batch.counts.total, time })
        }
        actions={
          imported ? (
            <>
              <LinkButton href="/community/roster">{t("summary.viewRoster")}</LinkButton>
              <LinkButton href={BASE} variant="secondary">
                {t("summary.importAnother")}
              </LinkButton>
            </>
          ) : undefined
        }
      />
      {imported ? (
        <ImportSummary imported={batch.importedCount ?? 0} rows={batch.rows} />
      ) : (
        <ImportPreview confirmAction={confirmRosterImportAction} batchId={batch.id} counts={batch.counts} reuploadHref={BASE} />
      )}
      <ImportRowFilter tabs={tabs} current={current} />
      <ImportRowsTable rows={matching.slice(0, SHOWN_ROWS)} total={matching.length} />
    </>
  );
}
