import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportColumnsForm } from "@/components/roster/import-columns-form";
import { ImportLayoutNotes } from "@/components/roster/import-layout-notes";
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
import { IMPORT_COLUMNS } from "@/lib/roster/roster-columns";
import { unmappedRequired } from "@/lib/roster/roster-layout";
import { confirmRosterImportAction, previewRosterImportAction, remapRosterImportAction } from "./actions";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";

const BASE = "/community/roster/import";
const TEMPLATE_URL = "/community/roster/template";
const FIELDS = IMPORT_COLUMNS.map((c) => c.key);

type Search = { batch?: string; show?: string; remapped?: string };

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "rosterImport.title" });
}

export default async function RosterImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("roster.import");
  const search = await searchParams;
  return search.batch ? (
    <BatchView actor={actor} batchId={search.batch} show={search.show} remapped={search.remapped === "1"} />
  ) : (
    <UploadView actor={actor} />
  );
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
          <DataTable
            frame="plain"
            head={
              <>
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
              </>
            }
          >
            {recent.map((batch) => (
              <tr key={batch.id}>
                <td className="max-w-xs truncate py-2 pr-4 font-medium">{batch.fileName}</td>
                <td className="tabular whitespace-nowrap py-2 pr-4">
                  {format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="py-2 pr-4">
                  <StatusBadge tone={batch.status === "IMPORTED" ? "green" : "amber"}>{t(`recent.${batch.status}`)}</StatusBadge>
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
          </DataTable>
        </Card>
      ) : null}
    </>
  );
}

async function BatchView({
  actor,
  batchId,
  show,
  remapped,
}: {
  actor: Actor;
  batchId: string;
  show?: string;
  remapped: boolean;
}) {
  const [batch, t, format] = await Promise.all([
    orNotFound(getRosterImport({ actor, input: { id: batchId, show } })),
    getTranslations("rosterImport"),
    getFormatter(),
  ]);
  const imported = batch.status === "IMPORTED";
  const tabs: RowFilterTab[] = batch.filters.map(({ value, count }) => ({
    value,
    label: t(`filter.${value}`, { count }),
    href: `${BASE}?batch=${batch.id}&show=${value}`,
  }));
  const time = format.dateTime(imported && batch.importedAt ? batch.importedAt : batch.createdAt, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const unmapped = batch.layout.columns.filter((_, i) => !batch.layout.mapping[i]);

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
      {remapped && !imported ? (
        <Notice tone="success" className="mb-4" role="status">
          {t("layout.remapped")}
        </Notice>
      ) : null}
      <ImportLayoutNotes layout={batch.layout} requiredMissing={imported ? [] : unmappedRequired(batch.layout.mapping)} />
      {imported ? (
        <ImportSummary imported={batch.importedCount ?? 0} reasons={batch.reasons} />
      ) : (
        <ImportPreview
          action={confirmRosterImportAction}
          batchId={batch.id}
          counts={batch.counts}
          reuploadHref={BASE}
          unmapped={unmapped.map((c) => `${c.letter}（${c.header || t("layout.noHeader")}）`)}
        />
      )}
      <Card title={t("layout.title")} className="mb-6">
        <p className="mb-3 text-sm text-gray-700">{imported ? t("layout.hintImported") : t("layout.hint")}</p>
        <ImportColumnsForm
          action={remapRosterImportAction}
          batchId={batch.id}
          columns={batch.layout.columns}
          mapping={batch.layout.mapping}
          guesses={batch.layout.guesses}
          fields={FIELDS}
          editable={!imported}
        />
      </Card>
      <ImportRowFilter tabs={tabs} current={batch.show} />
      <ImportRowsTable rows={batch.rows} total={batch.matching} />
    </>
  );
}
