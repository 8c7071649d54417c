"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ROSTER_FILE_EXTENSIONS, ROSTER_FILE_MAX_BYTES } from "@/lib/roster/roster-columns";
import { ActionForm, useFormField } from "../forms/action-form";
import type { FormAction } from "@/lib/actions/types";

const ACCEPT = [...ROSTER_FILE_EXTENSIONS, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"].join(
  ",",
);

/** Upload → the server parses and checks every row, stores a batch and opens its preview. */
export function ImportUploadForm({ action }: { action: FormAction }) {
  const t = useTranslations("rosterImport");
  return (
    <ActionForm action={action} submitLabel={t("upload.submit")} showSuccess={false}>
      <RosterFileField label={t("upload.file")} hint={t("upload.fileHint")} />
    </ActionForm>
  );
}

/**
 * A file input in the GOV.UK manner. Too large or wrong-type files are caught in the browser
 * (the server checks again) so nobody waits for an upload that cannot work.
 */
function RosterFileField({ label, hint }: { label: string; hint: string }) {
  const { error, id } = useFormField("file", label);
  const [localError, setLocalError] = useState<string | null>(null);
  const t = useTranslations();
  const shown = localError ?? error;
  return (
    <div className={shown ? "border-l-4 border-red-700 pl-3" : ""}>
      <label htmlFor={id} className="block font-medium text-gray-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-gray-600">
        {hint}
      </p>
      {shown ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {t(shown)}
        </p>
      ) : null}
      <input
        id={id}
        name="file"
        type="file"
        accept={ACCEPT}
        aria-required
        aria-invalid={!!shown}
        aria-describedby={[`${id}-hint`, shown ? `${id}-error` : ""].filter(Boolean).join(" ")}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const lower = file?.name.toLowerCase() ?? "";
          let problem: string | null = null;
          if (file && !ROSTER_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) problem = "rosterImport.upload.badTypeClient";
          else if (file && file.size > ROSTER_FILE_MAX_BYTES) problem = "rosterImport.upload.tooLargeClient";
          if (problem) event.currentTarget.value = "";
          setLocalError(problem);
        }}
        className="mt-1 block w-full max-w-xl rounded-md border border-gray-400 bg-white text-sm text-gray-900 file:mr-4 file:min-h-10 file:border-0 file:border-r file:border-gray-300 file:bg-gray-100 file:px-4 file:py-2 file:font-medium file:text-gray-800 hover:file:bg-gray-200 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
    </div>
  );
}
