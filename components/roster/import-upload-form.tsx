"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/execute";
import { ROSTER_FILE_EXTENSIONS, ROSTER_FILE_MAX_BYTES } from "@/lib/roster/roster-columns";
import { ActionForm, useFormField } from "../forms/action-form";
import { PendingProgress } from "../forms/pending-progress";
import { describedBy, FieldFrame } from "../forms/field-frame";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const ACCEPT = [...ROSTER_FILE_EXTENSIONS, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"].join(
  ",",
);

/** What is wrong with the chosen file before it is sent, as a message key (the server checks again). */
function fileProblem(file: File | undefined): string | null {
  if (!file || !file.name) return "rosterImport.errors.noFile";
  if (!ROSTER_FILE_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) return "rosterImport.upload.badTypeClient";
  if (file.size > ROSTER_FILE_MAX_BYTES) return "rosterImport.upload.tooLargeClient";
  if (file.size === 0) return "rosterImport.errors.emptyFile";
  return null;
}

/**
 * A body larger than the server accepts never reaches the action: the server answers 413 with the
 * message key as text, which surfaces here as the action's error; show it like any field error.
 */
function withUploadErrors(action: Action): Action {
  return async (state, formData) => {
    try {
      return await action(state, formData);
    } catch (error) {
      const key = error instanceof Error && error.message.startsWith("rosterImport.") ? error.message : "errors.unexpected";
      return { ok: false, message: "errors.checkForm", fieldErrors: { file: key } };
    }
  };
}

/** Upload → the server reads and checks every row, stores a batch and opens its preview. */
export function ImportUploadForm({ action }: { action: Action }) {
  const t = useTranslations("rosterImport");
  return (
    <ActionForm
      action={withUploadErrors(action)}
      submitLabel={t("upload.submit")}
      showSuccess={false}
      validate={(form) => {
        const input = form.elements.namedItem("file") as HTMLInputElement | null;
        const problem = fileProblem(input?.files?.[0]);
        return problem ? { file: problem } : null;
      }}
    >
      <RosterFileField label={t("upload.file")} hint={t("upload.fileHint")} />
      <PendingProgress label={t("upload.working")} hint={t("upload.workingHint")} />
    </ActionForm>
  );
}

/** A file input in the GOV.UK manner; its error is the form's (browser check or server answer). */
function RosterFileField({ label, hint }: { label: string; hint: string }) {
  const { error, id } = useFormField("file", label);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name="file"
        type="file"
        accept={ACCEPT}
        aria-required
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full max-w-xl rounded-md border border-gray-400 bg-white text-sm text-gray-900 file:mr-4 file:min-h-10 file:border-0 file:border-r file:border-gray-300 file:bg-gray-100 file:px-4 file:py-2 file:font-medium file:text-gray-800 hover:file:bg-gray-200 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
    </FieldFrame>
  );
}
