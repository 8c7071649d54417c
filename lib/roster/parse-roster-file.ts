import { UserFacingError } from "../errors.ts";
import { decodeCsvText, readCsvRows } from "./csv-rows.ts";
import { ROSTER_FILE_MAX_BYTES, ROSTER_FILE_MAX_ROWS } from "./roster-columns.ts";
import {
  columnLetter,
  detectHeader,
  hasHeaderCandidate,
  headerText,
  HEADER_SEARCH_ROWS,
  type DetectedHeader,
  type LayoutColumn,
  type RosterLayout,
} from "./roster-layout.ts";
import { readXlsxRows, XlsxFormatError, type MergedRange, type SheetRow, type XlsxReadStats } from "./xlsx-rows.ts";

export { ROSTER_FILE_MAX_BYTES, ROSTER_FILE_MAX_ROWS };

const SAMPLES = 3;

/** A read roster: the sheet's layout (without a mapping yet) and its data rows, cells in `columns` order. */
export type ParsedRoster = {
  layout: Omit<RosterLayout, "mapping" | "guesses">;
  header: DetectedHeader;
  rows: SheetRow[];
};

/** A problem with the whole file, shown next to the file field. */
function fileError(key: string): UserFacingError {
  return new UserFacingError("errors.checkForm", { file: key });
}

/** Full-width digits and letters to ASCII, no-break and zero-width spaces removed, trimmed. */
export function cleanCell(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/** Collects one sheet's rows, up to the limit, and says early when the sheet has no header. */
class SheetCollector {
  readonly rows: SheetRow[] = [];
  merges: MergedRange[] = [];
  hopeless = false;

  constructor(
    readonly name: string,
    private readonly maxRows: number,
  ) {}

  add(raw: SheetRow): boolean {
    const cells = raw.cells.map((c) => cleanCell(c));
    if (cells.every((c) => c === "")) return true;
    this.rows.push({ row: raw.row, cells });
    if (this.rows.length === HEADER_SEARCH_ROWS && !hasHeaderCandidate(this.rows)) {
      this.hopeless = true;
      return false;
    }
    // stop reading at the first row past what any roster may hold (plus the rows above its header)
    if (this.rows.length > this.maxRows + HEADER_SEARCH_ROWS) throw fileError("rosterImport.errors.tooManyRows");
    return true;
  }

  /** Values of merged cells copied into every cell of the range (a 楼栋 merged over its members' rows). */
  applyMerges() {
    if (!this.merges.length) return;
    const byRow = new Map(this.rows.map((r) => [r.row, r]));
    for (const range of this.merges) {
      const value = byRow.get(range.top)?.cells[range.left] ?? "";
      if (!value || (range.bottom - range.top + 1) * (range.right - range.left + 1) > 1_000_000) continue;
      for (let r = range.top; r <= range.bottom; r++) {
        const row = byRow.get(r);
        if (!row) continue;
        for (let c = range.left; c <= range.right; c++) if (!row.cells[c]) row.cells[c] = value;
      }
    }
    for (const row of this.rows) row.cells = Array.from(row.cells, (c) => c ?? "");
  }
}

/** The roster read from a collected sheet, or null when the sheet has no header. */
function rosterOf(sheet: SheetCollector, maxRows: number): ParsedRoster | null {
  if (sheet.hopeless) return null;
  sheet.applyMerges();
  const header = detectHeader(sheet.rows.slice(0, HEADER_SEARCH_ROWS));
  if (!header) return null;
  const firstHeaderRow = header.headerRows[0];
  const lastHeaderRow = header.headerRows[header.headerRows.length - 1];
  const data = sheet.rows.filter((r) => r.row > lastHeaderRow);
  if (data.length > maxRows) throw fileError("rosterImport.errors.tooManyRows");
  if (!data.length) throw fileError("rosterImport.errors.noRows");

  const indexes = new Set<number>();
  header.lower.forEach((text, i) => (text || header.upper[i]) && indexes.add(i));
  header.upper.forEach((text, i) => text && indexes.add(i));
  for (const row of data) row.cells.forEach((c, i) => c && indexes.add(i));
  const order = [...indexes].sort((a, b) => a - b);
  const columns: LayoutColumn[] = order.map((index) => ({
    index,
    letter: columnLetter(index),
    header: headerText(header, index),
    samples: data
      .map((r) => r.cells[index] ?? "")
      .filter(Boolean)
      .slice(0, SAMPLES),
  }));

  const present = new Set(data.map((r) => r.row));
  const blankRows: number[] = [];
  for (let r = lastHeaderRow + 1; r < data[data.length - 1].row; r++) if (!present.has(r)) blankRows.push(r);
  const aboveHeader = sheet.rows
    .filter((r) => r.row < firstHeaderRow)
    .map((r) => ({ row: r.row, text: [...new Set(r.cells.filter(Boolean))].join(" ").slice(0, 200) }));

  return {
    layout: { sheet: sheet.name, headerRows: header.headerRows, aboveHeader, blankRows, columns },
    header,
    rows: data.map((r) => ({ row: r.row, cells: order.map((i) => r.cells[i] ?? "") })),
  };
}

/**
 * Reads an uploaded roster (.xlsx, or .csv as Excel saves it: UTF-8 with BOM, or GBK) sheet by
 * sheet, row by row, and stops at the first row past the limit: a file of 400,000 rows is refused
 * after reading about 5,000 of them. The first sheet with a header (two or more known column
 * names among its first rows) is the roster. Pure: no database, no actor. Throws a
 * UserFacingError for a file it cannot use.
 */
export function parseRosterFile(
  data: Uint8Array,
  fileName: string,
  options: { maxRows?: number; stats?: XlsxReadStats } = {},
): ParsedRoster {
  const maxRows = options.maxRows ?? ROSTER_FILE_MAX_ROWS;
  if (data.byteLength === 0) throw fileError("rosterImport.errors.emptyFile");
  if (data.byteLength > ROSTER_FILE_MAX_BYTES) throw fileError("rosterImport.errors.tooLarge");
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

  if (extension === "csv") {
    if (isZip) throw fileError("rosterImport.errors.unreadable");
    const sheet = new SheetCollector("", maxRows);
    readCsvRows(decodeCsvText(data), (row) => sheet.add(row));
    const roster = rosterOf(sheet, maxRows);
    if (!roster) throw fileError("rosterImport.errors.missingColumns");
    return roster;
  }
  if (extension !== "xlsx") throw fileError("rosterImport.errors.badType");
  if (!isZip) throw fileError("rosterImport.errors.unreadable");

  let roster: ParsedRoster | null = null;
  let current: SheetCollector | null = null;
  const finish = () => {
    if (current && !roster) roster = rosterOf(current, maxRows);
  };
  try {
    readXlsxRows(
      data,
      ({ name }) => {
        finish();
        if (roster) return null;
        const sheet = new SheetCollector(name, maxRows);
        current = sheet;
        return { row: (row) => sheet.add(row), merges: (ranges) => (sheet.merges = ranges) };
      },
      options.stats,
    );
    finish();
  } catch (error) {
    if (error instanceof XlsxFormatError) throw fileError("rosterImport.errors.unreadable");
    throw error;
  }
  if (!roster) throw fileError("rosterImport.errors.missingColumns");
  return roster;
}
