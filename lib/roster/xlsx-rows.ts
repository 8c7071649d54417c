// Reads the rows of an .xlsx sheet by sheet, one row at a time, and stops whenever the caller says
// so: a 2 MB file can hold 400,000 rows (60 MB of XML), and a roster needs at most 5,000 of them.
// The file is at most 2 MB and already in memory, so its zip directory is read directly and only
// the parts needed are inflated: the workbook (sheet order and names), the shared strings, the
// styles (which numbers are dates), then each sheet as a stream through a SAX parser.
import { Inflate, inflateSync } from "fflate";
import { SaxesParser, type SaxesTag } from "saxes";

/** Cells by column (0 = A); `merges` lists a sheet's merged ranges once the sheet is read to its end. */
export type SheetRow = { row: number; cells: string[] };
export type MergedRange = { top: number; left: number; bottom: number; right: number };
export type SheetVisitor = {
  /** return false to stop reading this sheet */
  row(row: SheetRow): boolean | void;
  merges?(ranges: MergedRange[]): void;
};

/** How much a read cost, for tests and measurements. */
export type XlsxReadStats = { inflatedBytes: number; rowsSeen: number };

export class XlsxFormatError extends Error {}

const SHARED_STRINGS_MAX_CHARS = 10_000_000;
const SHEET_MAX_INFLATED_BYTES = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;

type ZipEntry = { name: string; method: number; data: Uint8Array; size: number };

/** The zip's central directory (no zip64: files here are at most a few MB). */
function zipEntries(zip: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new XlsxFormatError("no zip directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) throw new XlsxFormatError("bad zip directory");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, "");
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) throw new XlsxFormatError("bad zip entry");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > zip.length) throw new XlsxFormatError("truncated zip entry");
    entries.set(name, { name, method, size, data: zip.subarray(start, start + compressed) });
    at += 46 + skip;
  }
  return entries;
}

function entryText(entry: ZipEntry | undefined, stats: XlsxReadStats): string | null {
  if (!entry) return null;
  if (entry.method !== 0 && entry.method !== 8) throw new XlsxFormatError("unsupported compression");
  const bytes = entry.method === 0 ? entry.data : inflateSync(entry.data);
  stats.inflatedBytes += bytes.byteLength;
  return new TextDecoder().decode(bytes);
}

/** Streams an entry's text to `onText` chunk by chunk; `onText` returns false to stop. */
function streamEntry(entry: ZipEntry, stats: XlsxReadStats, onText: (text: string) => boolean) {
  const decoder = new TextDecoder();
  let stopped = false;
  let inflated = 0;
  const take = (bytes: Uint8Array, final: boolean) => {
    if (stopped) return;
    inflated += bytes.byteLength;
    stats.inflatedBytes += bytes.byteLength;
    if (inflated > SHEET_MAX_INFLATED_BYTES) throw new XlsxFormatError("sheet too large");
    if (!onText(decoder.decode(bytes, { stream: !final }))) stopped = true;
  };
  if (entry.method === 0) {
    for (let i = 0; i < entry.data.length && !stopped; i += CHUNK)
      take(entry.data.subarray(i, i + CHUNK), i + CHUNK >= entry.data.length);
    return;
  }
  if (entry.method !== 8) throw new XlsxFormatError("unsupported compression");
  const inflate = new Inflate((chunk, final) => take(chunk, final));
  for (let i = 0; i < entry.data.length && !stopped; i += CHUNK)
    inflate.push(entry.data.subarray(i, i + CHUNK), i + CHUNK >= entry.data.length);
}

/** Runs a SAX parser over XML text; the handlers see plain tags (namespaces are not needed here). */
function saxParser() {
  const parser = new SaxesParser({ position: false });
  parser.on("error", (error) => {
    throw new XlsxFormatError(error.message);
  });
  return parser;
}

function localName(tag: { name: string }): string {
  const colon = tag.name.indexOf(":");
  return colon < 0 ? tag.name : tag.name.slice(colon + 1);
}

function attribute(tag: SaxesTag, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) {
    const text = typeof value === "string" ? value : value.value;
    if (key === name || key.endsWith(`:${name}`)) return text;
  }
  return undefined;
}

/** Sheets in the workbook's order, with their part names, and whether dates count from 1904. */
function workbookSheets(entries: Map<string, ZipEntry>, stats: XlsxReadStats) {
  const workbook = entryText(entries.get("xl/workbook.xml"), stats);
  const rels = entryText(entries.get("xl/_rels/workbook.xml.rels"), stats);
  if (!workbook || !rels) throw new XlsxFormatError("not a workbook");
  const targets = new Map<string, string>();
  const relParser = saxParser();
  relParser.on("opentag", (tag) => {
    if (localName(tag) !== "Relationship") return;
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  });
  relParser.write(rels).close();
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag);
    if (name === "workbookPr") date1904 = ["1", "true"].includes(attribute(tag, "date1904") ?? "");
    if (name !== "sheet") return;
    const part = targets.get(attribute(tag, "id") ?? "");
    if (part && entries.has(part)) sheets.push({ name: attribute(tag, "name") ?? "", part });
  });
  parser.write(workbook).close();
  return { sheets, date1904 };
}

function sharedStrings(entries: Map<string, ZipEntry>, stats: XlsxReadStats): string[] {
  const xml = entryText(entries.get("xl/sharedStrings.xml"), stats);
  if (!xml) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  let chars = 0;
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag);
    if (name === "si") current = "";
    else if (name === "rPh") phonetic += 1;
    else if (name === "t" && !phonetic) inText = true;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag);
    if (name === "si") {
      strings.push(current ?? "");
      chars += (current ?? "").length;
      if (chars > SHARED_STRINGS_MAX_CHARS) throw new XlsxFormatError("too much text");
      current = null;
    } else if (name === "rPh") phonetic -= 1;
    else if (name === "t") inText = false;
  });
  parser.on("text", (text) => {
    if (inText && current !== null) current += text;
  });
  parser.write(xml).close();
  return strings;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Which cell styles (`s` attribute) format numbers as dates. */
function dateStyles(entries: Map<string, ZipEntry>, stats: XlsxReadStats): Set<number> {
  const xml = entryText(entries.get("xl/styles.xml"), stats);
  const dates = new Set<number>();
  if (!xml) return dates;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag);
    if (name === "numFmt") {
      const code = (attribute(tag, "formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
      if (/[ymd]/i.test(code)) customDates.add(Number(attribute(tag, "numFmtId")));
    } else if (name === "cellXfs") {
      inCellXfs = true;
    } else if (name === "xf" && inCellXfs) {
      const id = Number(attribute(tag, "numFmtId") ?? 0);
      if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) dates.add(index);
      index += 1;
    }
  });
  parser.on("closetag", (tag) => {
    if (localName(tag) === "cellXfs") inCellXfs = false;
  });
  parser.write(xml).close();
  return dates;
}

/** A1 → { row: 1, col: 0 } */
function cellRef(ref: string): { row: number; col: number } | null {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(ref.toUpperCase());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col: col - 1 };
}

/** Excel's serial day number as 2026-11-26 (time of day dropped). */
function serialDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // 1900 system: day 60 is the fictitious 29 Feb 1900; day 1 is 1 Jan 1900
  const utc = Date.UTC(1899, 11, 30) + (days < 61 && !date1904 ? days + 1 : days) * 86_400_000;
  return new Date(utc).toISOString().slice(0, 10);
}

function cellText(type: string | undefined, value: string, inline: string, style: number, context: SheetContext): string {
  switch (type) {
    case "s":
      return context.strings[Number(value)] ?? "";
    case "inlineStr":
      return inline;
    case "str":
    case "e":
      return type === "e" ? "" : value;
    case "b":
      return value === "1" ? "是" : value === "0" ? "否" : "";
    case "d":
      return value.slice(0, 10);
    default: {
      if (value === "") return "";
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles.has(style) && number > 0 && number < 2_958_466) return serialDate(number, context.date1904);
      return String(number);
    }
  }
}

type SheetContext = { strings: string[]; dateStyles: Set<number>; date1904: boolean };

function readSheet(entry: ZipEntry, context: SheetContext, visitor: SheetVisitor, stats: XlsxReadStats) {
  const merges: MergedRange[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let nextCol = 0;
  let cell: { col: number; type?: string; style: number; value: string; inline: string } | null = null;
  let inValue = false;
  let inInline = 0;
  let phonetic = 0;
  let stop = false;
  let ended = false;
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    if (stop) return;
    const name = localName(tag);
    if (name === "row") {
      const r = Number(attribute(tag, "r"));
      row = { row: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] };
      nextRow = row.row + 1;
      nextCol = 0;
    } else if (name === "c" && row) {
      const ref = cellRef(attribute(tag, "r") ?? "");
      const col = ref ? ref.col : nextCol;
      nextCol = col + 1;
      cell = { col, type: attribute(tag, "t"), style: Number(attribute(tag, "s") ?? 0), value: "", inline: "" };
    } else if (name === "v" && cell) inValue = true;
    else if (name === "is" && cell) inInline += 1;
    else if (name === "rPh") phonetic += 1;
    else if (name === "mergeCell") {
      const [from, to] = (attribute(tag, "ref") ?? "").split(":").map(cellRef);
      if (from && to) merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
    }
  });
  parser.on("text", (text) => {
    if (!cell || stop) return;
    if (inValue) cell.value += text;
    else if (inInline && !phonetic) cell.inline += text;
  });
  parser.on("closetag", (tag) => {
    if (stop) return;
    const name = localName(tag);
    if (name === "v") inValue = false;
    else if (name === "is") inInline -= 1;
    else if (name === "rPh") phonetic -= 1;
    else if (name === "c" && cell && row) {
      const text = cellText(cell.type, cell.value, cell.inline, cell.style, context);
      if (text !== "" && cell.col < 16_384) row.cells[cell.col] = text;
      cell = null;
    } else if (name === "row" && row) {
      stats.rowsSeen += 1;
      const current: SheetRow = { row: row.row, cells: Array.from(row.cells, (c) => c ?? "") };
      row = null;
      if (visitor.row(current) === false) stop = true;
    } else if (name === "worksheet") ended = true;
  });
  streamEntry(entry, stats, (text) => {
    parser.write(text);
    return !stop;
  });
  if (!stop) {
    parser.close();
    if (ended) visitor.merges?.(merges);
  }
}

/**
 * Visits the sheets of an .xlsx in workbook order. `onSheet` returns a visitor for a sheet, or
 * null to stop reading the file. Throws XlsxFormatError for anything that is not a readable
 * workbook. Reads nothing beyond where the visitors stop.
 */
export function readXlsxRows(
  data: Uint8Array,
  onSheet: (sheet: { name: string; index: number }) => SheetVisitor | null,
  stats: XlsxReadStats = { inflatedBytes: 0, rowsSeen: 0 },
): void {
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(data);
    const { sheets, date1904 } = workbookSheets(entries, stats);
    const context = { strings: sharedStrings(entries, stats), dateStyles: dateStyles(entries, stats), date1904 };
    for (const [index, sheet] of sheets.entries()) {
      const visitor = onSheet({ name: sheet.name, index });
      if (!visitor) return;
      readSheet(entries.get(sheet.part)!, context, visitor, stats);
    }
  } catch (error) {
    // fflate's errors carry a numeric code (invalid block, unexpected end of data, …)
    if (error instanceof Error && typeof (error as { code?: unknown }).code === "number")
      throw new XlsxFormatError(error.message);
    throw error;
  }
}
