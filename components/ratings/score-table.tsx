"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { scoreFieldName } from "@/lib/ratings/schema";
import { ActionForm, useFormField } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import { Stars } from "./stars";
import { DataTable } from "../ui/data-table";
import type { FormAction } from "@/lib/actions/types";

export type ScoreRow = {
  id: string;
  points: number;
  activities: number;
  peerScore: number | null;
  /** from the residents' ratings of the member's confirmed needs */
  residentScore: number | null;
  /** the secretary's entry, which wins when set */
  residentScoreOverride: number | null;
  score: string;
  stars: number;
  member: { id: string; name: string; room: string | null; building: { name: string } | null };
};

/** A score cell: its label is for screen readers (the column header says it to everyone else). */
function ScoreInput({ name, label, defaultValue }: { name: string; label: string; defaultValue: number | null }) {
  const { error, value, id } = useFormField(name, label);
  const t = useTranslations();
  const current = typeof value === "string" ? value : defaultValue === null ? "" : String(defaultValue);
  return (
    <div>
      <input
        key={current}
        id={id}
        name={name}
        defaultValue={current}
        inputMode="numeric"
        maxLength={3}
        aria-label={label}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className="tabular block w-20 rounded-md border border-gray-400 bg-white px-2 py-1.5 text-right text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 sm:text-sm"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 max-w-32 text-xs font-medium text-red-700">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

const th = "px-3 py-2 font-medium whitespace-nowrap";
const td = "px-3 py-2 align-top";

function Table({ rows, editable }: { rows: ScoreRow[]; editable: boolean }) {
  const t = useTranslations("ratings");
  return (
    <DataTable
      head={
        <>
          <th scope="col" className={th}>
            {t("cols.member")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.points")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.activities")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.peerScore")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.residentScore")}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("cols.score")}
          </th>
          <th scope="col" className={th}>
            {t("cols.stars")}
          </th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td className={`${td} whitespace-nowrap`}>
            <Link href={`/community/members/${row.member.id}`} className="font-medium underline-offset-2 hover:underline">
              {row.member.name}
            </Link>
            <span className="block text-xs text-gray-600">
              {[row.member.building?.name, row.member.room].filter(Boolean).join(" ") || "—"}
            </span>
          </td>
          <td className={`${td} tabular text-right`}>{row.points}</td>
          <td className={`${td} tabular text-right`}>{row.activities}</td>
          <td className={`${td} text-right`}>
            {editable ? (
              <div className="flex justify-end">
                <ScoreInput
                  name={scoreFieldName("peer", row.id)}
                  label={t("peerScoreOf", { name: row.member.name })}
                  defaultValue={row.peerScore}
                />
              </div>
            ) : (
              <span className="tabular">{row.peerScore ?? "—"}</span>
            )}
          </td>
          <td className={`${td} text-right`}>
            {editable ? (
              <div className="flex justify-end">
                <ScoreInput
                  name={scoreFieldName("resident", row.id)}
                  label={t("residentScoreOf", { name: row.member.name })}
                  defaultValue={row.residentScoreOverride}
                />
              </div>
            ) : (
              <span className="tabular">{row.residentScoreOverride ?? "—"}</span>
            )}
            <p className="tabular mt-0.5 text-xs text-gray-600">{t("fromNeeds", { score: row.residentScore ?? "—" })}</p>
          </td>
          <td className={`${td} tabular text-right font-medium`}>{row.score}</td>
          <td className={td}>
            <Stars count={row.stars} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One page of the score table: an editable form until the round is final, then read-only. */
export function ScoreTable({
  year,
  rows,
  editable,
  action,
}: {
  year: number;
  rows: ScoreRow[];
  editable: boolean;
  action: FormAction;
}) {
  const t = useTranslations("ratings");
  if (!editable) return <Table rows={rows} editable={false} />;
  return (
    <ActionForm action={action} submitLabel={t("saveScores")} className="space-y-4">
      <HiddenField name="year" value={String(year)} />
      <Table rows={rows} editable />
    </ActionForm>
  );
}
