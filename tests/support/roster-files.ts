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

export type OfficeRow = {
  name: string;
  gender?: string;
  born?: Date;
  /** a number cell, as Excel keeps a phone typed without a leading apostrophe, or text */
  phone: number | string;
  building: string;
  room?: string;
  address?: string;
  employer?: string;
  branch?: string;
  skills?: string;
};

/**
 * A roster as a community office keeps it in its own Excel: a merged title row, a two-row header
 * (工作信息 over 工作单位 | 单位党组织; the other headers span both rows, merged or not), a 序号 column,
 * 出生年月 as dates, 现居住地址, 职业特长. Null leaves a blank row.
 */
export async function officeRosterXlsx(rows: (OfficeRow | null)[], options: { merged?: boolean } = {}): Promise<Uint8Array> {
  const merged = options.merged ?? true;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("花名册");
  sheet.getCell("A1").value = "东湖社区在职党员花名册";
  sheet.mergeCells("A1:K1");
  const spanning = ["序号", "姓名", "性别", "出生年月", "手机号码", "楼栋", "房号", "现居住地址"];
  spanning.forEach((header, i) => {
    sheet.getRow(2).getCell(i + 1).value = header;
    if (merged) sheet.mergeCells(2, i + 1, 3, i + 1);
  });
  sheet.getCell("I2").value = "工作信息";
  if (merged) sheet.mergeCells("I2:J2");
  sheet.getCell("I3").value = "工作单位";
  sheet.getCell("J3").value = "单位党组织";
  sheet.getCell("K2").value = "职业特长";
  if (merged) sheet.mergeCells("K2:K3");
  let r = 4;
  rows.forEach((row, i) => {
    if (row) {
      sheet.getRow(r).values = [
        i + 1,
        row.name,
        row.gender ?? null,
        row.born ?? null,
        row.phone,
        row.building,
        row.room ?? null,
        row.address ?? null,
        row.employer ?? null,
        row.branch ?? null,
        row.skills ?? null,
      ];
      if (row.born) sheet.getRow(r).getCell(4).numFmt = "yyyy年m月";
    }
    r += 1;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}
