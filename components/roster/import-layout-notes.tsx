import { useTranslations } from "next-intl";
import type { RosterLayout } from "@/lib/roster/roster-layout";
import { Notice } from "../ui/notice";

const LISTED_ROWS = 20;

function rowList(rows: number[]): string {
  const shown = rows.slice(0, LISTED_ROWS).join("、");
  return rows.length > LISTED_ROWS ? `${shown}…` : shown;
}

/**
 * What the reader made of the sheet, in words: which rows are the header, which rows above it and
 * which blank rows were left out, and which columns will not be imported. Nothing is dropped unseen.
 */
export function ImportLayoutNotes({ layout, requiredMissing }: { layout: RosterLayout; requiredMissing: string[] }) {
  const t = useTranslations("rosterImport");
  const unmapped = layout.columns.filter((_, i) => !layout.mapping[i]);
  const [first, second] = layout.headerRows;
  const notes: { key: string; text: string; warn?: boolean }[] = [];
  if (requiredMissing.length)
    notes.push({
      key: "required",
      warn: true,
      text: t("layout.requiredMissing", { fields: requiredMissing.map((f) => t(`columns.${f}`)).join("、") }),
    });
  if (unmapped.length)
    notes.push({
      key: "unmapped",
      warn: true,
      text: t("layout.unmapped", {
        count: unmapped.length,
        columns: unmapped.map((c) => `${c.letter}（${c.header || t("layout.noHeader")}）`).join("、"),
      }),
    });
  if (second) notes.push({ key: "header", text: t("layout.twoRowHeader", { first, second }) });
  else if (first) notes.push({ key: "header", text: t("layout.headerRow", { row: first }) });
  for (const above of layout.aboveHeader.slice(0, 5))
    notes.push({ key: `above-${above.row}`, text: t("layout.aboveHeader", { row: above.row, text: above.text }) });
  if (layout.blankRows.length)
    notes.push({
      key: "blank",
      text: t("layout.blankRows", { count: layout.blankRows.length, rows: rowList(layout.blankRows) }),
    });
  if (!notes.length) return null;
  return (
    <ul className="mb-4 space-y-2" data-layout-notes>
      {notes.map((note) => (
        <li key={note.key}>
          <Notice tone={note.warn ? "warning" : "neutral"}>{note.text}</Notice>
        </li>
      ))}
    </ul>
  );
}
