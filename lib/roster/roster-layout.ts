// How an office's roster sheet is laid out (title rows, one or two header rows, blank rows) and
// which of the portal's fields each of its columns goes to. Pure: no database, no file reading.
import { columnForHeader, IMPORT_COLUMNS, normalizeHeader, type ImportColumnKey } from "./roster-columns.ts";
import type { SheetRow } from "./xlsx-rows.ts";

/** The header is looked for in the first rows that hold anything (a title or two often sit above). */
export const HEADER_SEARCH_ROWS = 10;

export type LayoutColumn = {
  /** 0 = column A */
  index: number;
  /** A, B, …, AA */
  letter: string;
  /** the header as the secretary reads it: 工作单位, or 工作信息 / 工作单位 for a two-row header */
  header: string;
  /** the first few values below the header, to recognize the column by */
  samples: string[];
};

/** Where a column's field came from: the community's earlier choice, the synonym list, or nowhere. */
export type ColumnGuess = "memory" | "synonym" | "none" | "duplicate" | "chosen";

export type RosterLayout = {
  sheet: string;
  /** one row, or two for a two-row (merged) header */
  headerRows: number[];
  /** rows above the header that hold text (a title, a date): never imported, but shown */
  aboveHeader: { row: number; text: string }[];
  /** empty rows between the data rows: skipped, and shown */
  blankRows: number[];
  columns: LayoutColumn[];
  /** the field of each column (in `columns` order); null: not imported */
  mapping: (ImportColumnKey | null)[];
  guesses: ColumnGuess[];
};

/** A community's earlier choices: normalized header → field, or "ignore". */
export type ColumnMemory = Record<string, ImportColumnKey | "ignore">;

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function recognized(row: SheetRow): number {
  return new Set(row.cells.map((c) => columnForHeader(c)).filter(Boolean)).size;
}

const nonEmpty = (row: SheetRow) => row.cells.filter((c) => c !== "");
const looksLikeData = (row: SheetRow) => row.cells.some((c) => /\d{7,}/.test(c.replace(/[\s-]/g, "")));

/** True once a row among the first ones shows the sheet has a header (two known column names). */
export function hasHeaderCandidate(rows: SheetRow[]): boolean {
  return rows.some((row) => recognized(row) >= 2);
}

export type DetectedHeader = {
  headerRows: number[];
  /** header text per column index: the lower header row's text, or the upper one's above an empty cell */
  lower: string[];
  upper: string[];
};

/**
 * The header is the first of the top rows naming the most known columns. A row right below it that
 * also holds column names and no data makes a two-row header (工作信息 above 工作单位 | 单位党组织); so does
 * a row right above it with several cells (a merged 姓名 spanning both rows leaves the lower cell empty).
 */
export function detectHeader(top: SheetRow[]): DetectedHeader | null {
  let best: SheetRow | null = null;
  let bestCount = 1;
  for (const row of top) {
    const count = recognized(row);
    if (count > bestCount) {
      best = row;
      bestCount = count;
    }
  }
  if (!best) return null;
  const at = top.indexOf(best);
  const below = top[at + 1];
  const above = top[at - 1];
  const headerBelow =
    below?.row === best.row + 1 &&
    !looksLikeData(below) &&
    recognized(below) >= 1 &&
    recognized(below) * 2 >= new Set(nonEmpty(below)).size;
  const headerAbove = !headerBelow && above?.row === best.row - 1 && new Set(nonEmpty(above)).size >= 2 && !looksLikeData(above);
  const [upperRow, lowerRow] = headerBelow ? [best, below] : headerAbove ? [above, best] : [null, best];
  const width = Math.max(lowerRow.cells.length, upperRow?.cells.length ?? 0);
  const lower: string[] = [];
  const upper: string[] = [];
  for (let i = 0; i < width; i++) {
    lower[i] = lowerRow.cells[i] ?? "";
    upper[i] = upperRow?.cells[i] ?? "";
  }
  return { headerRows: upperRow ? [upperRow.row, lowerRow.row] : [lowerRow.row], lower, upper };
}

/** The header text shown for a column. */
export function headerText(header: DetectedHeader, index: number): string {
  const lower = header.lower[index] ?? "";
  const upper = header.upper[index] ?? "";
  if (lower && upper && normalizeHeader(lower) !== normalizeHeader(upper)) return `${upper} / ${lower}`;
  return lower || upper;
}

/**
 * Each column's field: the community's earlier choice for that header first, then the synonym
 * list (the lower header row first). A field goes to one column only: a later column with the same
 * field is left out and marked, so the secretary sees it and can choose.
 */
export function guessMapping(
  header: DetectedHeader,
  columns: LayoutColumn[],
  memory: ColumnMemory,
): { mapping: (ImportColumnKey | null)[]; guesses: ColumnGuess[] } {
  const taken = new Set<ImportColumnKey>();
  const mapping: (ImportColumnKey | null)[] = [];
  const guesses: ColumnGuess[] = [];
  for (const column of columns) {
    const texts = [column.header, header.lower[column.index] ?? "", header.upper[column.index] ?? ""].filter(Boolean);
    const remembered = texts.map((t) => memory[normalizeHeader(t)]).find((v) => v !== undefined);
    let field: ImportColumnKey | null = null;
    let guess: ColumnGuess = "none";
    if (remembered !== undefined) {
      field = remembered === "ignore" ? null : remembered;
      guess = "memory";
    } else {
      field =
        texts
          .slice(1)
          .concat(texts[0] ?? [])
          .map(columnForHeader)
          .find((f) => f) ?? null;
      if (field) guess = "synonym";
    }
    if (field && taken.has(field)) {
      field = null;
      guess = "duplicate";
    }
    if (field) taken.add(field);
    mapping.push(field);
    guesses.push(guess);
  }
  return { mapping, guesses };
}

/** What the secretary chose, remembered per header for the community's next upload. */
export function memoryOf(layout: Pick<RosterLayout, "columns" | "mapping">): ColumnMemory {
  const memory: ColumnMemory = {};
  layout.columns.forEach((column, i) => {
    const key = normalizeHeader(column.header);
    if (key) memory[key] = layout.mapping[i] ?? "ignore";
  });
  return memory;
}

export type RosterCells = Record<ImportColumnKey, string>;

/** A data row's cells (in `columns` order) as the portal's fields, under a mapping. */
export function valuesOf(cells: string[], mapping: (ImportColumnKey | null)[]): RosterCells {
  const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, ""])) as RosterCells;
  mapping.forEach((field, i) => {
    if (field) values[field] = cells[i] ?? "";
  });
  return values;
}

/** The required fields no column is mapped to (every row will then miss them). */
export function unmappedRequired(mapping: (ImportColumnKey | null)[]): ImportColumnKey[] {
  return IMPORT_COLUMNS.filter((c) => c.required && !mapping.includes(c.key)).map((c) => c.key);
}
