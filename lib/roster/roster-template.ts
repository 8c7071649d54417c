import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";
import { EXAMPLE_ROW, GENDER_LABEL, IMPORT_COLUMNS, KIND_LABEL, ROSTER_FILE_MAX_ROWS, templateHeader } from "./roster-columns.ts";
import { safeFileNamePart, workbookBytes, type XlsxFile } from "./xlsx-file.ts";

export const TEMPLATE_SHEET = "党员名册";
export const INSTRUCTIONS_SHEET = "填写说明";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF9CA3AF" } } };
const ACCENT = "FFB91C1C";

type DataValidations = { add(address: string, validation: ExcelJS.DataValidation): void };

/** Which column letter holds a column key in the template. */
function letter(key: (typeof IMPORT_COLUMNS)[number]["key"]): string {
  return String.fromCharCode(65 + IMPORT_COLUMNS.findIndex((c) => c.key === key));
}

export type BuildRosterTemplateOptions = { actor: Actor };

/**
 * The roster template for the secretary's community: the columns the importer reads, one example
 * row, drop-downs for 性别 and 党员类型, and a second sheet with instructions and the community's
 * grids and buildings (and the street's registered work units) spelled exactly as the importer expects.
 */
export async function buildRosterTemplate({ actor }: BuildRosterTemplateOptions): Promise<XlsxFile> {
  const grant = authorize(actor, "roster.import");
  const communityId = grant.orgId;
  const community = await db().organization.findFirst({
    where: { id: communityId, kind: "COMMUNITY" },
    select: { name: true, streetId: true },
  });
  if (!community) throw new NotFoundError();
  const [grids, workUnits] = await Promise.all([
    db().organization.findMany({
      where: { communityId, kind: "GRID", archivedAt: null },
      select: { name: true, children: { where: { kind: "BUILDING", archivedAt: null }, select: { name: true } } },
    }),
    community.streetId
      ? db().organization.findMany({
          where: { streetId: community.streetId, kind: "WORK_UNIT", archivedAt: null, verifiedAt: { not: null } },
          select: { name: true },
        })
      : [],
  ]);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "在职党员进社区";
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ key: c.key, width: c.width, style: c.text ? { numFmt: "@" } : {} }));
  const header = sheet.getRow(1);
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = templateHeader(column);
    cell.font = { bold: true, color: { argb: column.required ? ACCENT : "FF111827" } };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  header.height = 30;
  const example = sheet.getRow(2);
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = example.getCell(i + 1);
    cell.value = EXAMPLE_ROW[column.key];
    cell.font = { italic: true, color: { argb: "FF6B7280" } };
  });

  const lastRow = ROSTER_FILE_MAX_ROWS + 1;
  const validations = (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
  const list = (values: string[], prompt: string): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "请从列表中选择",
    error: prompt,
  });
  validations.add(
    `${letter("gender")}2:${letter("gender")}${lastRow}`,
    list(Object.values(GENDER_LABEL), "性别请填写：男 或 女"),
  );
  validations.add(
    `${letter("kind")}2:${letter("kind")}${lastRow}`,
    list(Object.values(KIND_LABEL), "党员类型请填写：在职、社区 或 离退休"),
  );

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [{ width: 6 }, { width: 22 }, { width: 40 }, { width: 4 }, { width: 36 }];
  help.getCell("A1").value = `${community.name} · 在职党员名册导入说明`;
  help.getCell("A1").font = { bold: true, size: 14, color: { argb: ACCENT } };
  const rules = [
    `在“${TEMPLATE_SHEET}”工作表中每行填写一名党员；第 1 行是表头，请不要修改或删除。`,
    "带 * 的列必须填写：姓名、手机号码、楼栋。",
    "手机号码：11 位手机号。同一社区中一个手机号只登记一次，已在名册中的手机号导入时会跳过。",
    "楼栋：填写本社区已有的楼栋名称（见下表）。不同网格有同名楼栋时，请同时填写网格。",
    "性别：男 或 女，可不填。",
    "党员类型：在职、社区 或 离退休；不填按“在职”处理。",
    "工作单位：与街道已登记单位（见右侧）名称完全一致时，会自动关联该单位；否则按填写的文字保存，单位党组织同样按文字保存。",
    "专业特长：多项用顿号“、”分隔，例如：医疗咨询、健康讲座。",
    "第 2 行是示例，可以删除；保留也不会被导入。",
    `每个文件最多 ${ROSTER_FILE_MAX_ROWS} 行、不超过 2 MB，可保存为 .xlsx，或“CSV UTF-8（逗号分隔）”格式。`,
    "上传后会先显示预览，确认无误后才会导入；导入的党员直接列为“已通过”。",
  ];
  rules.forEach((text, i) => {
    const row = help.getRow(3 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = text;
    help.mergeCells(3 + i, 2, 3 + i, 5);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.height = text.length > 45 ? 32 : 18;
  });

  const tableTop = 3 + rules.length + 1;
  const titles: [number, string][] = [
    [2, "网格"],
    [3, "楼栋"],
    [5, "街道已登记的单位"],
  ];
  for (const [col, title] of titles) {
    const cell = help.getRow(tableTop).getCell(col);
    cell.value = title;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
  }
  let r = tableTop + 1;
  for (const grid of [...grids].sort(byName)) {
    const buildings = [...grid.children].sort(byName);
    if (!buildings.length) {
      help.getRow(r).getCell(2).value = grid.name;
      help.getRow(r).getCell(3).value = "（暂无楼栋）";
      r += 1;
    }
    for (const building of buildings) {
      help.getRow(r).getCell(2).value = grid.name;
      help.getRow(r).getCell(3).value = building.name;
      r += 1;
    }
  }
  if (r === tableTop + 1) help.getRow(r).getCell(2).value = "本社区还没有网格和楼栋，请联系街道管理员添加。";
  [...workUnits].sort(byName).forEach((unit, i) => {
    help.getRow(tableTop + 1 + i).getCell(5).value = unit.name;
  });

  const name = safeFileNamePart(community.name);
  return {
    data: await workbookBytes(workbook),
    fileName: `党员名册导入模板-${name}.xlsx`,
    asciiFileName: "roster-template.xlsx",
  };
}
