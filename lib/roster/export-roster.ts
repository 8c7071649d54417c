import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, onReadReplica } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { phoneFor } from "../privacy/phone.ts";
import { rosterOrderBy, rosterWhere, type RosterFilter } from "./roster-filter.ts";
import { AVAILABILITY_LABEL, FLAG_LABEL, GENDER_LABEL, KIND_LABEL, STATUS_LABEL } from "./roster-columns.ts";
import { localDateTime, safeFileNamePart, workbookBytes, type XlsxFile } from "./xlsx-file.ts";
import { localDay } from "../time.ts";

export const EXPORT_SHEET = "党员名册";

/** Export columns; the first eleven use the import template's headers so a file can be read back. */
export const EXPORT_COLUMNS = [
  { header: "姓名", width: 12 },
  { header: "性别", width: 6 },
  { header: "手机号码", width: 15 },
  { header: "网格", width: 14 },
  { header: "楼栋", width: 12 },
  { header: "房号", width: 10 },
  { header: "党员类型", width: 10 },
  { header: "工作单位", width: 26 },
  { header: "单位党组织", width: 26 },
  { header: "职务", width: 14 },
  { header: "专业特长", width: 24 },
  { header: "服务时间", width: 22 },
  { header: "状态", width: 10 },
  { header: "报到时间", width: 17 },
  { header: "审核时间", width: 17 },
  { header: "标记", width: 24 },
] as const;

export type ExportRosterOptions = { actor: Actor; input: { filter: RosterFilter }; now?: Date };

/**
 * The secretary's roster under the same filter as the roster page, as an .xlsx file. Phone numbers
 * go through the privacy rule, so anyone else this is ever opened to gets masked numbers.
 */
async function readExportRoster({
  actor,
  input,
  now = new Date(),
}: ExportRosterOptions): Promise<XlsxFile & { rowCount: number }> {
  const { filter } = input;
  const grant = authorize(actor, "roster.export");
  const communityId = grant.orgId;
  const community = await db().organization.findFirst({ where: { id: communityId, kind: "COMMUNITY" }, select: { name: true } });
  if (!community) throw new NotFoundError();

  const members = await db().member.findMany({
    where: rosterWhere(communityId, filter),
    orderBy: rosterOrderBy(filter),
    select: {
      name: true,
      gender: true,
      phone: true,
      userId: true,
      communityId: true,
      room: true,
      kind: true,
      employerName: true,
      employerBranch: true,
      position: true,
      skills: true,
      availability: true,
      status: true,
      reportedAt: true,
      verifiedAt: true,
      isCenterHousehold: true,
      isCouncilMember: true,
      isBuildingLeader: true,
      grid: { select: { name: true } },
      building: { select: { name: true } },
      employerUnit: { select: { name: true, partyBranchName: true } },
    },
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "在职党员进社区";
  workbook.created = now;
  const sheet = workbook.addWorksheet(EXPORT_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };

  for (const m of members) {
    const flags = (Object.keys(FLAG_LABEL) as (keyof typeof FLAG_LABEL)[]).filter((f) => m[f]).map((f) => FLAG_LABEL[f]);
    sheet.addRow([
      m.name,
      m.gender ? GENDER_LABEL[m.gender] : "",
      phoneFor(actor, m),
      m.grid?.name ?? "",
      m.building?.name ?? "",
      m.room ?? "",
      KIND_LABEL[m.kind],
      m.employerUnit?.name ?? m.employerName ?? "",
      m.employerBranch ?? m.employerUnit?.partyBranchName ?? "",
      m.position ?? "",
      m.skills.join("、"),
      m.availability.map((a) => AVAILABILITY_LABEL[a] ?? a).join("、"),
      STATUS_LABEL[m.status],
      localDateTime(m.reportedAt),
      localDateTime(m.verifiedAt),
      flags.join("、"),
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };

  const date = localDay(now);
  return {
    data: await workbookBytes(workbook),
    fileName: `党员名册-${safeFileNamePart(community.name)}-${date}.xlsx`,
    asciiFileName: `roster-${date}.xlsx`,
    rowCount: members.length,
  };
}

/** Read-only: served by the streaming replica when there is one (lib/db.ts `onReadReplica`). */
export function exportRoster(options: Parameters<typeof readExportRoster>[0]): ReturnType<typeof readExportRoster> {
  return onReadReplica(() => readExportRoster(options));
}
