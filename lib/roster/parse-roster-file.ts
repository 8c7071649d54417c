import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { UserFacingError } from "../errors.ts";
import {
  columnForHeader,
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  ROSTER_FILE_MAX_BYTES,
  ROSTER_FILE_MAX_ROWS,
  type ImportColumnKey,
} from "./roster-columns.ts";

export { ROSTER_FILE_MAX_BYTES, ROSTER_FILE_MAX_ROWS };
/** a title row or two above the header is common in hand-made rosters */
const HEADER_SEARCH_ROWS = 5;

export type RosterCells = Record<ImportColumnKey, string>;
/** One non-empty data row; `row` is the row number the user sees in Excel. */
export type RawRosterRow = { row: number; values: RosterCells };

/** A problem with the whole file, shown next to the file field. */
function fileError(key: string): UserFacingError {
  return new UserFacingError("errors.checkForm", { file: key });
}

/**
 * Reads an uploaded roster (.xlsx, or .csv as Excel saves it: UTF-8 with BOM, or GBK) into rows
 * keyed by column. Pure: no database, no actor. Throws a UserFacingError for a file it cannot use.
 */
export async function parseRosterFile(data: Uint8Array, fileName: string): Promise<RawRosterRow[]> {
  if (data.byteLength === 0) throw fileError("rosterImport.errors.emptyFile");
  if (data.byteLength > ROSTER_FILE_MAX_BYTES) throw fileError("rosterImport.errors.tooLarge");
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

  const workbook = new ExcelJS.Workbook();
  if (extension === "xlsx") {
    if (!isZip) throw fileError("rosterImport.errors.unreadable");
    try {
      await workbook.xlsx.load(toArrayBuffer(data));
    } catch {
      throw fileError("rosterImport.errors.unreadable");
    }
  } else if (extension === "csv") {
    if (isZip) throw fileError("rosterImport.errors.unreadable");
    try {
      // keep every cell as text: 0301 stays 0301, a phone stays a phone
      await workbook.csv.read(Readable.from([decodeText(data)]), { map: (value: unknown) => value });
    } catch {
      throw fileError("rosterImport.errors.unreadable");
    }
  } else {
    throw fileError("rosterImport.errors.badType");
  }

  for (const sheet of workbook.worksheets) {
    const rows = readSheet(sheet);
    if (rows) return rows;
  }
  throw fileError("rosterImport.errors.missingColumns");
}

function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/** UTF-8 (with or without BOM) first; Excel's plain "CSV" on Chinese Windows is GBK. */
function decodeText(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder("gb18030").decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Rows of a sheet whose header row has the required columns, or null for any other sheet. */
function readSheet(sheet: ExcelJS.Worksheet): RawRosterRow[] | null {
  let columns: Map<number, ImportColumnKey> | null = null;
  let headerRow = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const found = new Map<number, ImportColumnKey>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = columnForHeader(cellText(cell.value));
      if (key && ![...found.values()].includes(key)) found.set(col, key);
    });
    if (REQUIRED_COLUMNS.every((key) => [...found.values()].includes(key))) {
      columns = found;
      headerRow = r;
      break;
    }
  }
  if (!columns) return null;

  const header = columns;
  const rows: RawRosterRow[] = [];
  // eachRow visits only rows that hold values, however far down a stray cell is
  sheet.eachRow((sheetRow, r) => {
    if (r <= headerRow) return;
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, ""])) as RosterCells;
    for (const [col, key] of header) values[key] = cleanCell(cellText(sheetRow.getCell(col).value));
    if (Object.values(values).every((v) => v === "")) return;
    rows.push({ row: r, values });
    if (rows.length > ROSTER_FILE_MAX_ROWS) throw fileError("rosterImport.errors.tooManyRows");
  });
  if (!rows.length) throw fileError("rosterImport.errors.noRows");
  return rows;
}

/** Full-width digits and letters to ASCII, no-break and zero-width spaces removed, trimmed. */
export function cleanCell(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return "result" in value && value.result !== undefined ? cellText(value.result as ExcelJS.CellValue) : "";
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  return "";
}
