import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { localDateTime, safeFileNamePart, workbookBytes, type XlsxFile } from "../roster/xlsx-file.ts";
import { localDay, yearRange } from "../time.ts";
import { needsScope } from "./needs-scope.ts";
import { maskedResidentContact } from "./resident-contact-mask.ts";

export const LEDGER_SHEET = "群众需求台账";

export const LEDGER_COLUMNS = [
  { header: "编号", width: 10 },
  { header: "接收时间", width: 17 },
  { header: "社区", width: 14 },
  { header: "网格", width: 12 },
  { header: "楼栋", width: 12 },
  { header: "类型", width: 10 },
  { header: "类别", width: 12 },
  { header: "需求内容", width: 40 },
  { header: "来源", width: 10 },
  { header: "居民", width: 8 },
  { header: "手机号码", width: 14 },
  { header: "状态", width: 10 },
  { header: "派给单位", width: 20 },
  { header: "接单党员", width: 20 },
  { header: "认领时间", width: 17 },
  { header: "完成时间", width: 17 },
  { header: "确认时间", width: 17 },
  { header: "评分", width: 6 },
  { header: "评价", width: 30 },
] as const;

const KIND = { WISH: "微心愿", SERVICE: "服务需求", PROBLEM: "问题反映" } as const;
const SOURCE = { RESIDENT: "居民提交", ON_BEHALF: "代为登记" } as const;
const STATUS = {
  SUBMITTED: "待分派",
  PUBLISHED: "已发布",
  DISPATCHED: "已派单位",
  CLAIMED: "办理中",
  DONE: "待确认",
  CONFIRMED: "已确认",
  CLOSED: "已关闭",
  REJECTED: "未受理",
  MERGED: "已合并",
  CONVERTED: "已转为活动",
} as const;

export type ExportNeedsLedgerOptions = { actor: Actor; input: { year: number }; now?: Date };

/**
 * The needs ledger (需求台账) of one Beijing year as .xlsx: the secretary's community or the street
 * admin's street. Residents' phones are always masked and rooms left out (issue 9 item 10: the file
 * travels); names are reduced to the family name. Erased contacts stay empty.
 */
export async function exportNeedsLedger({
  actor,
  input,
  now = new Date(),
}: ExportNeedsLedgerOptions): Promise<XlsxFile & { rowCount: number }> {
  const scope = needsScope(actor);
  const org = await db().organization.findFirst({ where: { id: scope.orgId }, select: { name: true } });
  if (!org) throw new NotFoundError();
  const { start, end } = yearRange(input.year);
  const needs = await db().need.findMany({
    where: {
      ...(scope.kind === "street" ? { streetId: scope.orgId } : { communityId: scope.orgId }),
      createdAt: { gte: start, lt: end },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      kind: true,
      content: true,
      source: true,
      status: true,
      residentName: true,
      residentPhone: true,
      room: true,
      firstClaimedAt: true,
      doneAt: true,
      confirmedAt: true,
      rating: true,
      ratingComment: true,
      community: { select: { name: true } },
      building: { select: { name: true, parent: { select: { name: true } } } },
      category: { select: { nameZh: true } },
      unit: { select: { name: true } },
      claims: { where: { status: { in: ["ACTIVE", "DONE"] } }, select: { member: { select: { name: true } } } },
    },
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "在职党员进社区";
  workbook.created = now;
  const sheet = workbook.addWorksheet(LEDGER_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const n of needs) {
    const contact = maskedResidentContact(n);
    sheet.addRow([
      n.id.slice(-8),
      localDateTime(n.createdAt),
      n.community.name,
      n.building?.parent?.name ?? "",
      n.building?.name ?? "",
      KIND[n.kind],
      n.category.nameZh,
      n.content,
      SOURCE[n.source],
      contact.residentName ?? "",
      contact.residentPhone ?? "",
      STATUS[n.status],
      n.unit?.name ?? "",
      n.claims.map((c) => c.member.name).join("、"),
      localDateTime(n.firstClaimedAt),
      localDateTime(n.doneAt),
      localDateTime(n.confirmedAt),
      n.rating ?? "",
      n.ratingComment ?? "",
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEDGER_COLUMNS.length } };
  const date = localDay(now);
  return {
    data: await workbookBytes(workbook),
    fileName: `群众需求台账-${safeFileNamePart(org.name)}-${input.year}-${date}.xlsx`,
    asciiFileName: `needs-${input.year}-${date}.xlsx`,
    rowCount: needs.length,
  };
}
