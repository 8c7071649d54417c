import type { SheetRow } from "./xlsx-rows.ts";

/** UTF-8 (with or without BOM) first; Excel's plain "CSV" on Chinese Windows is GBK. */
export function decodeCsvText(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder("gb18030").decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The rows of a CSV as Excel writes it (RFC 4180: commas, double quotes doubled inside quoted
 * cells, CRLF or LF), every cell kept as text. `onRow` returns false to stop reading.
 */
export function readCsvRows(text: string, onRow: (row: SheetRow) => boolean | void): void {
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let row = 1;
  const endRow = () => {
    cells.push(cell);
    const keep = onRow({ row, cells });
    row += 1;
    cells = [];
    cell = "";
    return keep !== false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      if (!endRow()) return;
    } else cell += ch;
  }
  if (cell !== "" || cells.length) endRow();
}
