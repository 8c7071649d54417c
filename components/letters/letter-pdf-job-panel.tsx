"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ActionState } from "@/lib/actions/execute";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import { buttonClass } from "../ui/button";
import { Notice } from "../ui/notice";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type LetterPdfJobView = {
  id: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  done: number;
  fileSize: number | null;
  error: string | null;
};

const POLL_MS = 1500;
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * All letters of the year as one PDF: started here, drawn in the background with its progress
 * shown (the secretary may leave and come back), then downloaded. A job stopped by a server
 * restart is taken up again when this panel asks for its progress.
 */
export function LetterPdfJobPanel({
  year,
  letters,
  initialJob,
  start,
}: {
  year: number;
  letters: number;
  initialJob: LetterPdfJobView | null;
  start: Action;
}) {
  const t = useTranslations("letters.pdfJob");
  const [job, setJob] = useState<LetterPdfJobView | null>(initialJob);
  const running = job?.status === "QUEUED" || job?.status === "RUNNING";

  useEffect(() => {
    if (!running || !job) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/community/letters/pdf-jobs/${job.id}`, { cache: "no-store" }).catch(() => null);
      if (!stopped && response?.ok) setJob((await response.json()) as LetterPdfJobView);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [running, job?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const startForm = (
    <ActionForm
      action={async (state, formData) => {
        const result = await start(state, formData);
        if (result.ok && result.data)
          setJob({ ...(result.data as { id: string }), status: "QUEUED", total: letters, done: 0, fileSize: null, error: null });
        return result;
      }}
      submitLabel={job ? t("again", { count: letters }) : t("start", { count: letters })}
      submitVariant={job?.status === "DONE" ? "secondary" : "primary"}
      showSuccess={false}
      className="space-y-2"
    >
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );

  if (running && job) {
    const percent = job.total ? Math.floor((job.done / job.total) * 100) : 0;
    return (
      <div role="status" aria-live="polite" className="space-y-2" data-letter-pdf-job={job.status}>
        <p className="font-medium">{t("running", { done: job.done, total: job.total })}</p>
        <progress
          className="h-2 w-full accent-red-700"
          max={job.total || 1}
          value={job.done}
          aria-label={t("progress", { percent })}
        />
        <p className="text-sm text-gray-600">{t("mayLeave")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3" data-letter-pdf-job={job?.status ?? "NONE"}>
      {job?.status === "DONE" ? (
        <p role="status">
          <a href={`/community/letters/pdf-jobs/${job.id}/file`} className={buttonClass("primary")} download>
            {t("download", { count: job.total, size: megabytes(job.fileSize ?? 0) })}
          </a>
        </p>
      ) : null}
      {job?.status === "FAILED" ? (
        <Notice tone="negative" size="sm" role="alert">
          {t(job.error === "letters.pdfJob.gaveUp" ? "gaveUp" : "failed")}
        </Notice>
      ) : null}
      <p className="text-sm text-gray-600">{t("hint")}</p>
      {startForm}
    </div>
  );
}
