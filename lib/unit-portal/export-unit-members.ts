import ExcelJS from "exceljs";
import { onReadReplica } from "../db.ts";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, Prisma } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { STATUS_LABEL } from "../roster/roster-columns.ts";
import { localDateTime, safeFileNamePart, workbookBytes, type XlsxFile } from "../roster/xlsx-file.ts";
import { queryUnitMembers } from "./query-unit-members.ts";
import { yearRange } from "../time.ts";
import type { UnitMemberFilter } from "./unit-member-filter.ts";
import { linkedFrom, unitMemberWhereSql } from "./unit-member-sql.ts";
import { localDay } from "../time.ts";

export const MEMBERS_SHEET = "本单位党员";
export const RECORDS_SHEET = "服务记录";

/** Headers of the members sheet; the year goes into the two yearly columns. */
export function memberColumns(year: number) {
  return [
    { header: "姓名", width: 12 },
    { header: "居住社区", width: 20 },
    { header: "网格", width: 14 },
    { header: "楼栋", width: 12 },
    { header: "房号", width: 10 },
    { header: "手机号码", width: 15 },
    { header: "状态", width: 10 },
    { header: `${year}年参加活动（次）`, width: 20 },
    { header: `${year}年服务时长（小时）`, width: 22 },
    { header: "积分", width: 8 },
    { header: "最近服务日期", width: 14 },
    { header: "报到时间", width: 17 },
  ];
}

export const RECORD_COLUMNS = [
  { header: "姓名", width: 12 },
  { header: "社区", width: 20 },
  { header: "日期", width: 12 },
  { header: "活动", width: 30 },
  { header: "服务类别", width: 12 },
  { header: "时长（小时）", width: 12 },
  { header: "积分", width: 8 },
] as const;

type RecordRow = {
  memberName: string;
  community: string;
  startsAt: Date;
  title: string;
  category: string;
  hours: number;
  points: number;
};

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number }[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export type ExportUnitMembersOptions = { actor: Actor; input: { filter: UnitMemberFilter }; now?: Date };

/**
 * The unit's members under the list page's filter as an .xlsx for the unit's own evaluations:
 * one sheet with a row per member (phones masked) and one with a row per confirmed service
 * record of the filter's year (restricted to the filter's category or month when it has one).
 * Sheet text is Chinese whatever the UI language: the files go to Chinese party offices.
 */
async function readExportUnitMembers({
  actor,
  input,
  now = new Date(),
}: ExportUnitMembersOptions): Promise<XlsxFile & { rowCount: number; recordCount: number }> {
  const grant = authorize(actor, "unit.members");
  const unitId = grant.orgId;
  const filter = { ...input.filter, page: 1 };
  const unit = await db().organization.findFirst({ where: { id: unitId, kind: "WORK_UNIT" }, select: { name: true } });
  if (!unit) throw new NotFoundError();

  const { start, end } = yearRange(filter.year);
  const [members, records] = await Promise.all([
    queryUnitMembers({ actor, input: { unitId, filter } }),
    db().$queryRaw<RecordRow[]>`
      SELECT m.name AS "memberName", c.name AS community, a."startsAt", a.title, sc."nameZh" AS category, r.hours::float8 AS hours, r.points
      FROM "ActivityRecord" r
      JOIN "Member" m ON m.id = r."memberId"
      JOIN "Activity" a ON a.id = r."activityId"
      JOIN "ServiceCategory" sc ON sc.id = a."categoryId"
      JOIN "Organization" c ON c.id = r."communityId"
      WHERE ${unitMemberWhereSql(unitId, filter)}
        AND r.status = 'CONFIRMED' AND a."startsAt" >= ${linkedFrom("m")}
        AND a."startsAt" >= ${start} AND a."startsAt" < ${end}
        ${filter.categoryId ? Prisma.sql`AND a."categoryId" = ${filter.categoryId}::uuid` : Prisma.empty}
        ${filter.month ? Prisma.sql`AND extract(month FROM (a."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai') = ${filter.month}` : Prisma.empty}
      ORDER BY m.name, m.id, a."startsAt", r.id`,
  ]);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "在职党员进社区";
  workbook.created = now;
  const columns = memberColumns(filter.year);
  const sheet = addSheet(workbook, MEMBERS_SHEET, columns);
  for (const m of members) {
    sheet.addRow([
      m.name,
      m.communityName,
      m.gridName ?? "",
      m.buildingName ?? "",
      m.room ?? "",
      m.phone,
      STATUS_LABEL[m.status],
      m.activities,
      m.hours,
      m.points,
      m.lastService ? localDay(m.lastService) : "",
      localDateTime(m.reportedAt),
    ]);
  }
  const recordSheet = addSheet(workbook, RECORDS_SHEET, RECORD_COLUMNS);
  for (const r of records) {
    recordSheet.addRow([r.memberName, r.community, localDay(r.startsAt), r.title, r.category, r.hours, r.points]);
  }

  const date = localDay(now);
  return {
    data: await workbookBytes(workbook),
    fileName: `本单位党员服务情况-${safeFileNamePart(unit.name)}-${filter.year}年-${date}.xlsx`,
    asciiFileName: `unit-members-${filter.year}-${date}.xlsx`,
    rowCount: members.length,
    recordCount: records.length,
  };
}

/** Read-only: served by the streaming replica when there is one (lib/db.ts `onReadReplica`). */
export function exportUnitMembers(
  options: Parameters<typeof readExportUnitMembers>[0],
): ReturnType<typeof readExportUnitMembers> {
  return onReadReplica(() => readExportUnitMembers(options));
}
