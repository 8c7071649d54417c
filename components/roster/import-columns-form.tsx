"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/execute";
import type { ImportColumnKey } from "@/lib/roster/roster-columns";
import type { ColumnGuess, LayoutColumn } from "@/lib/roster/roster-layout";
import { ActionForm, useFormField } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import { PendingProgress } from "../forms/pending-progress";
import { DataTable } from "../ui/data-table";
import { FieldError } from "../forms/field-frame";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const GUESS_TONE: Record<ColumnGuess, string> = {
  memory: "text-gray-700",
  synonym: "text-gray-700",
  chosen: "text-gray-700",
  none: "text-amber-800",
  duplicate: "text-amber-800",
};

/**
 * Every column of the file with what it is imported as; the secretary changes any of them and
 * the rows are checked again. Columns left at "不导入" are named again next to the import button.
 */
export function ImportColumnsForm({
  action,
  batchId,
  columns,
  mapping,
  guesses,
  fields,
  editable,
}: {
  action: Action;
  batchId: string;
  columns: LayoutColumn[];
  mapping: (ImportColumnKey | null)[];
  guesses: ColumnGuess[];
  fields: ImportColumnKey[];
  editable: boolean;
}) {
  const t = useTranslations("rosterImport");
  const table = <ColumnsTable columns={columns} mapping={mapping} guesses={guesses} fields={fields} editable={editable} />;
  if (!editable) return table;
  return (
    <ActionForm
      action={action}
      submitLabel={t("layout.apply")}
      submitVariant="secondary"
      showSuccess={false}
      className="space-y-4"
    >
      <HiddenField name="batchId" value={batchId} />
      {table}
      <PendingProgress label={t("layout.working")} />
    </ActionForm>
  );
}

function ColumnsTable({
  columns,
  mapping,
  guesses,
  fields,
  editable,
}: {
  columns: LayoutColumn[];
  mapping: (ImportColumnKey | null)[];
  guesses: ColumnGuess[];
  fields: ImportColumnKey[];
  editable: boolean;
}) {
  const t = useTranslations("rosterImport");
  return (
    <DataTable
      caption={t("layout.caption")}
      head={
        <>
          <th scope="col" className="px-3 py-2">
            {t("layout.column")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("layout.header")}
          </th>
          <th scope="col" className="min-w-48 px-3 py-2">
            {t("layout.samples")}
          </th>
          <th scope="col" className="min-w-52 px-3 py-2">
            {t("layout.field")}
          </th>
        </>
      }
    >
      {columns.map((column, i) => (
        <tr key={column.index} className={mapping[i] ? undefined : "bg-amber-50/60"}>
          <th scope="row" className="tabular px-3 py-2 font-normal text-gray-700">
            {column.letter}
          </th>
          <td className="px-3 py-2 font-medium">
            {column.header || <span className="text-gray-500">{t("layout.noHeader")}</span>}
          </td>
          <td className="max-w-64 truncate px-3 py-2 text-gray-700" title={column.samples.join("；")}>
            {column.samples.join("；") || "—"}
          </td>
          <td className="px-3 py-2">
            <ColumnChoice
              name={`col${i}`}
              label={t("layout.fieldOf", { column: column.letter, header: column.header || t("layout.noHeader") })}
              value={mapping[i]}
              fields={fields}
              editable={editable}
            />
            <p className={`mt-0.5 text-xs ${GUESS_TONE[guesses[i]] ?? ""}`}>{t(`layout.guess.${guesses[i]}`)}</p>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function ColumnChoice({
  name,
  label,
  value,
  fields,
  editable,
}: {
  name: string;
  label: string;
  value: ImportColumnKey | null;
  fields: ImportColumnKey[];
  editable: boolean;
}) {
  const t = useTranslations("rosterImport");
  const { error, id, value: echoed } = useFormField(name, label);
  const current = typeof echoed === "string" ? echoed : (value ?? "");
  if (!editable) return <span>{value ? t(`columns.${value}`) : t("layout.notImported")}</span>;
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        key={current}
        id={id}
        name={name}
        defaultValue={current}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block min-h-10 w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      >
        <option value="">{t("layout.notImported")}</option>
        {fields.map((field) => (
          <option key={field} value={field}>
            {t(`columns.${field}`)}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </>
  );
}
