import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GenerateLettersForm, LetterSettingsForm } from "@/components/letters/letter-forms";
import { LetterPdfJobPanel } from "@/components/letters/letter-pdf-job-panel";
import { Pagination } from "@/components/ui/pagination";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getLettersOfYear } from "@/lib/letters/get-letters-of-year";
import { getLetterPdfJob } from "@/lib/letters/get-letter-pdf-job";
import { LETTERS_PAGE_SIZE } from "@/lib/letters/schema";
import { formatHours, letterYears } from "@/lib/letters/letter-rules";
import { letterDocText } from "@/lib/letters/letter-text";
import { localYear, parseYear } from "@/lib/time";
import { parsePage } from "@/lib/validation/fields";
import {
  generateLettersAction,
  saveLetterSettingsAction,
  startLetterPdfJobAction,
} from "@/app/(community)/community/letters/actions";
import { DataTable } from "@/components/ui/data-table";

/** Up to this many letters the browser's print view of them all is offered too. */
const HTML_PRINT_MAX = 100;

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "letters.title" });
}

export default async function LettersPage({ searchParams }: { searchParams: Promise<{ year?: string; page?: string }> }) {
  const actor = await requirePermission("letters.manage");
  const search = await searchParams;
  const year = parseYear(search.year, letterYears());
  const page = parsePage(search.page);
  const [overview, pdfJob, t] = await Promise.all([
    getLettersOfYear({ actor, input: { year, page } }),
    getLetterPdfJob({ actor, input: { year } }),
    getTranslations("letters"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          overview.total && overview.total <= HTML_PRINT_MAX ? (
            <LinkButton href={`/community/letters/print?year=${year}`} variant="secondary" target="_blank">
              {t("printAll", { count: overview.total })}
            </LinkButton>
          ) : undefined
        }
      />
      <YearSwitcher year={year} thisYear={localYear(new Date())} basePath="/community/letters" future={false} />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Stat label={t("statLetters")} value={overview.total} />
        <Stat label={t("statAcknowledged")} value={overview.acknowledged} />
        <Stat label={t("statPending")} value={overview.pending} hint={t("statPendingHint", { threshold: overview.threshold })} />
        <Stat label={t("statNoAddressee")} value={overview.noAddressee.length} />
        <Stat
          label={t("statBelow")}
          value={overview.belowThreshold}
          hint={t("statBelowHint", { threshold: overview.threshold })}
        />
      </div>
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <Card title={t("listTitle", { year })}>
            {overview.total ? (
              <div className="overflow-x-auto">
                <DataTable
                  frame="plain"
                  head={
                    <>
                      <th scope="col" className="py-2 pr-3">
                        {t("serial")}
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        {t("member")}
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        {t("addressee")}
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right">
                        {t("activities")}
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right">
                        {t("hours")}
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        {t("status")}
                      </th>
                      <th scope="col" className="py-2">
                        <span className="sr-only">{t("actions")}</span>
                      </th>
                    </>
                  }
                >
                  {overview.letters.map((l) => (
                    <tr key={l.id}>
                      <td className="tabular py-2 pr-3 whitespace-nowrap">{l.serial}</td>
                      <td className="py-2 pr-3">
                        <Link href={`/community/letters/${l.id}`} className="font-medium underline-offset-2 hover:underline">
                          {l.member.name}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{l.addressee}</td>
                      <td className="tabular py-2 pr-3 text-right">{l.activityCount}</td>
                      <td className="tabular py-2 pr-3 text-right">{formatHours(l.totalHours)}</td>
                      <td className="py-2 pr-3">
                        {l.acknowledgedAt ? (
                          <StatusBadge tone="green">{t("acknowledgedStatus")}</StatusBadge>
                        ) : l.workUnitId ? (
                          <StatusBadge tone="amber">{t("awaitingStatus")}</StatusBadge>
                        ) : (
                          <StatusBadge tone="gray">{t("byPostStatus")}</StatusBadge>
                        )}
                      </td>
                      <td className="py-2 whitespace-nowrap">
                        <Link
                          href={`/community/letters/${l.id}/print`}
                          target="_blank"
                          className="underline-offset-2 hover:underline"
                        >
                          {t("print")}
                        </Link>
                        <span aria-hidden="true"> · </span>
                        <a href={`/community/letters/${l.id}/pdf`} className="underline-offset-2 hover:underline">
                          {t("pdf")}
                        </a>
                      </td>
                    </tr>
                  ))}
                </DataTable>
                <Pagination
                  page={overview.page}
                  pageSize={LETTERS_PAGE_SIZE}
                  total={overview.total}
                  params={{ year: String(year) }}
                />
              </div>
            ) : (
              <EmptyState
                message={
                  overview.pending
                    ? t("emptyCanGenerate", { count: overview.pending })
                    : t("empty", { threshold: overview.threshold })
                }
              />
            )}
          </Card>
          {overview.noAddressee.length ? (
            <Card title={t("noAddresseeTitle")}>
              <p className="mb-3 text-sm text-gray-600">{t("noAddresseeHint")}</p>
              <ul className="divide-y divide-gray-100 text-sm">
                {overview.noAddressee.map((m) => (
                  <li key={m.id} className="flex items-center justify-between py-2">
                    <Link href={`/community/members/${m.id}`} className="underline-offset-2 hover:underline">
                      {m.name}
                    </Link>
                    <span className="tabular text-gray-700">{t("activitiesCount", { count: m.activities })}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {overview.total ? (
            <Card title={t("pdfJobTitle")}>
              <LetterPdfJobPanel year={year} letters={overview.total} initialJob={pdfJob} start={startLetterPdfJobAction} />
            </Card>
          ) : null}
          <Card title={t("generateTitle")}>
            <GenerateLettersForm action={generateLettersAction} year={year} pending={overview.pending} />
          </Card>
          <Card title={t("settingsTitle")}>
            <LetterSettingsForm
              action={saveLetterSettingsAction}
              threshold={overview.threshold}
              closing={overview.closing}
              standardClosing={letterDocText()("standardClosing")}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
