// Builds roster spreadsheets in tests the way people make them: Excel files with the template's
// headers, and CSV files as Excel saves them ("CSV UTF-8": BOM, CRLF, quoted where needed).
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, templateHeader, type ImportColumnKey } from "@/lib/roster/roster-columns";

export type RosterInput = Partial<Record<ImportColumnKey, string>>;

/** Null in the list leaves an empty row in the sheet, so later rows keep their row numbers. */
export async function rosterXlsx(
  rows: (RosterInput | null)[],
  options: { headers?: string[]; titleRow?: string } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名册");
  if (options.titleRow) sheet.addRow([options.titleRow]);
  sheet.addRow(options.headers ?? IMPORT_COLUMNS.map(templateHeader));
  for (const row of rows) sheet.addRow(row ? IMPORT_COLUMNS.map((c) => row[c.key] ?? null) : []);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function rosterCsv(rows: (RosterInput | null)[], options: { bom?: boolean } = {}): Uint8Array {
  const lines = [IMPORT_COLUMNS.map((c) => csvCell(templateHeader(c))).join(",")];
  for (const row of rows) lines.push(row ? IMPORT_COLUMNS.map((c) => csvCell(row[c.key] ?? "")).join(",") : "");
  const text = `${options.bom === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
  return new Uint8Array(Buffer.from(text, "utf8"));
}

/** Every sheet of a workbook as rows of cell texts (row 1 first), for asserting on downloads. */
export async function readWorkbook(data: Uint8Array): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = cell.text;
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? "");
    });
    sheets.set(
      sheet.name,
      Array.from(rows, (v) => v ?? []),
    );
  }
  return sheets;
}
