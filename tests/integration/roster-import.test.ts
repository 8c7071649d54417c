import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { getRosterImport } from "@/lib/roster/get-roster-import";
import { listRosterImports } from "@/lib/roster/list-roster-imports";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { remapRosterImport } from "@/lib/roster/remap-roster-import";
import { buildRosterTemplate, INSTRUCTIONS_SHEET, TEMPLATE_SHEET } from "@/lib/roster/roster-template";
import { IMPORT_COLUMNS, templateHeader } from "@/lib/roster/roster-columns";
import { createBuilding, createGrid, createMember, createUser, createWorkUnit, uniquePhone } from "@/prisma/factories";
import { readWorkbook, rosterCsv, rosterXlsx, type RosterInput } from "../support/roster-files";
import { actorFor, createStreetWorld } from "../support/world";

/** A community with two grids, three buildings (one name in both grids) and a registered work unit. */
async function importWorld() {
  const world = await createStreetWorld();
  const { community, grid, street } = world;
  const building2 = await createBuilding({ grid, name: "2号楼" });
  const grid2 = await createGrid({ community, name: "滨河网格" });
  const sameNameInGrid2 = await createBuilding({ grid: grid2, name: "2号楼" });
  const lakeside = await createBuilding({ grid: grid2, name: "湖畔8栋" });
  const unit = await createWorkUnit({ streetId: street.id, name: `东湖区人民医院${Date.now()}` });
  return { ...world, building2, grid2, sameNameInGrid2, lakeside, unit };
}

type World = Awaited<ReturnType<typeof importWorld>>;

/**
 * Eight people: five good rows (one of them with +86, spaces and full-width digits), a bad phone,
 * an unknown building and a phone that repeats row 2. A blank line sits before the last row.
 */
function mixedRows(w: World) {
  const phones = Array.from({ length: 5 }, () => uniquePhone());
  const rows: (RosterInput | null)[] = [
    // row 2
    {
      name: "王一",
      gender: "男",
      phone: phones[0],
      grid: w.grid.name,
      building: w.building.name,
      room: "1-101",
      kind: "在职",
      employer: w.unit.name,
      employerBranch: "内科党支部",
      position: "主治医师",
      skills: "医疗咨询、健康讲座",
    },
    // row 3: no grid, building name unique once the grid is known… here 湖畔8栋 exists only in grid 2
    {
      name: "李二",
      gender: "女",
      phone: phones[1],
      building: "湖畔8栋",
      kind: "离退休",
      employer: "星河物流有限公司",
      employerBranch: "星河物流党支部",
    },
    // row 4
    {
      name: "张三",
      phone: `+86 ${phones[2].slice(0, 3)} ${phones[2].slice(3, 7)}-${phones[2].slice(7)}`,
      grid: w.grid2.name,
      building: "2号楼",
      kind: "社区",
    },
    // row 5: full-width digits as some input methods type them
    {
      name: "赵四",
      phone: phones[3].replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
      grid: w.grid.name,
      building: "2号楼",
    },
    // row 6
    { name: "钱五", gender: "女", phone: phones[4], building: w.building.name, skills: "法律咨询，调解" },
    // row 7: bad phone
    { name: "孙六", phone: "1234567", building: w.building.name },
    // row 8: unknown building
    { name: "周七", phone: uniquePhone(), building: "99号楼" },
    // row 9: blank
    null,
    // row 10: same phone as row 2
    { name: "吴八", phone: phones[0], building: w.building.name },
  ];
  return { rows, phones };
}

function errorsByRow(rows: { row: number; status: string; issues: { key: string; params?: unknown }[] }[]) {
  return Object.fromEntries(rows.filter((r) => r.status === "error").map((r) => [r.row, r.issues.map((i) => i.key)]));
}

describe("roster import: preview, confirm, import again", () => {
  it("counts good and bad rows exactly, imports only the good ones in one go, and the same file again adds nobody", async () => {
    const w = await importWorld();
    const { rows, phones } = mixedRows(w);
    const file = await rosterXlsx(rows);

    const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: "名册.xlsx", data: file } });
    expect(preview.counts).toEqual({ total: 8, valid: 5, skip: 0, error: 3 });
    const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(batch.status).toBe("PREVIEWED");
    expect(batch.fileName).toBe("名册.xlsx");
    expect(errorsByRow(batch.rows)).toEqual({
      7: ["rosterImport.errors.badPhone"],
      8: ["rosterImport.errors.unknownBuilding"],
      10: ["rosterImport.errors.duplicateInFile"],
    });
    expect(batch.rows.find((r) => r.row === 10)?.issues[0]).toMatchObject({ field: "phone", params: { row: 2 } });
    expect(batch.rows.filter((r) => r.status === "valid").map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(await db().member.count({ where: { communityId: w.community.id } })).toBe(0);

    const summary = await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } });
    expect(summary).toEqual({ imported: 5, skipped: {}, errors: 3 });

    const members = await db().member.findMany({ where: { communityId: w.community.id }, orderBy: { name: "asc" } });
    expect(members.map((m) => m.phone).sort()).toEqual([...phones].sort());
    for (const m of members) {
      expect(m).toMatchObject({ source: "IMPORTED", status: "ACTIVE" });
      expect(m.verifiedAt).not.toBeNull();
    }
    const byName = new Map(members.map((m) => [m.name, m]));
    expect(byName.get("王一")).toMatchObject({
      gender: "MALE",
      kind: "IN_SERVICE",
      gridId: w.grid.id,
      buildingId: w.building.id,
      room: "1-101",
      employerUnitId: w.unit.id,
      employerName: null,
      employerBranch: "内科党支部",
      position: "主治医师",
      skills: ["医疗咨询", "健康讲座"],
    });
    // grid derived from the building; free-text employer when no registered unit has that name
    expect(byName.get("李二")).toMatchObject({
      gender: "FEMALE",
      kind: "RETIRED",
      gridId: w.grid2.id,
      buildingId: w.lakeside.id,
      employerUnitId: null,
      employerName: "星河物流有限公司",
      employerBranch: "星河物流党支部",
    });
    expect(byName.get("张三")).toMatchObject({
      kind: "RESIDENT",
      phone: phones[2],
      gridId: w.grid2.id,
      buildingId: w.sameNameInGrid2.id,
    });
    expect(byName.get("赵四")).toMatchObject({
      phone: phones[3],
      gridId: w.grid.id,
      buildingId: w.building2.id,
      kind: "IN_SERVICE",
      gender: null,
    });
    expect(byName.get("钱五")?.skills).toEqual(["法律咨询", "调解"]);

    const stored = await db().importBatch.findUniqueOrThrow({ where: { id: preview.id } });
    expect(stored).toMatchObject({ status: "IMPORTED", importedCount: 5, skippedCount: 3 });
    expect(stored.importedAt).not.toBeNull();
    const audit = await db().auditEvent.findMany({ where: { action: "roster.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityType: "ImportBatch",
      entityId: preview.id,
      scopeOrgId: w.community.id,
      actorId: w.secretary.userId,
    });
    expect(audit[0].after).toMatchObject({ imported: 5, errors: 3, rows: 8 });

    // a batch is confirmed once
    await expect(confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } })).rejects.toMatchObject({
      messageKey: "rosterImport.errors.alreadyConfirmed",
    });

    // the same file again: nothing to import, the five are "already on the roster"
    const again = await previewRosterImport({ actor: w.secretary, input: { fileName: "名册.xlsx", data: file } });
    expect(again.counts).toEqual({ total: 8, valid: 0, skip: 5, error: 3 });
    const againRows = (await getRosterImport({ actor: w.secretary, input: { id: again.id, show: "all" } })).rows;
    expect(againRows.filter((r) => r.status === "skip").map((r) => r.issues[0].key)).toEqual(
      Array(5).fill("rosterImport.skip.alreadyOnRoster"),
    );
    expect(await confirmRosterImport({ actor: w.secretary, input: { batchId: again.id } })).toEqual({
      imported: 0,
      skipped: { "rosterImport.skip.alreadyOnRoster": 5 },
      errors: 3,
    });
    expect(await db().member.count({ where: { communityId: w.community.id } })).toBe(5);
    expect(await db().auditEvent.count({ where: { action: "roster.import" } })).toBe(2);

    const recent = await listRosterImports({ actor: w.secretary });
    expect(recent.map((b) => b.id)).toEqual([again.id, preview.id]);
  });

  it("reads a CSV saved by Excel as UTF-8 with BOM, with the same checks", async () => {
    const w = await importWorld();
    const { rows, phones } = mixedRows(w);
    const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: "名册.CSV", data: rosterCsv(rows) } });
    expect(preview.counts).toEqual({ total: 8, valid: 5, skip: 0, error: 3 });
    const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(Object.keys(errorsByRow(batch.rows))).toEqual(["7", "8", "10"]);
    // the BOM did not end up in the first header: 姓名 was found and read
    expect(batch.rows[0].values.name).toBe("王一");
    await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } });
    const stored = await db().member.findMany({ where: { communityId: w.community.id }, select: { phone: true } });
    expect(stored.map((m) => m.phone).sort()).toEqual([...phones].sort());
  });

  it("keeps CSV cells as text (room 0301 stays 0301) and reads a CSV without BOM", async () => {
    const w = await importWorld();
    const phone = uniquePhone();
    const preview = await previewRosterImport({
      actor: w.secretary,
      input: {
        fileName: "a.csv",
        data: rosterCsv([{ name: "郑九", phone, building: w.building.name, room: "0301", position: "含,逗号" }], { bom: false }),
      },
    });
    expect(preview.counts.valid).toBe(1);
    await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } });
    expect(await db().member.findFirstOrThrow({ where: { communityId: w.community.id, phone } })).toMatchObject({
      room: "0301",
      name: "郑九",
      position: "含,逗号",
    });
  });
});

describe("roster import: what each row is checked for", () => {
  it("matches buildings within this community, by grid when the name is not unique, and maps Chinese values", async () => {
    const w = await importWorld();
    const archived = await createBuilding({ grid: w.grid, name: "拆迁楼" });
    await db().organization.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const other = await importWorld();
    const p = () => uniquePhone();
    const rows: RosterInput[] = [
      { name: "甲", phone: p(), building: "2号楼" }, // 2: in both grids
      { name: "乙", phone: p(), grid: "不存在网格", building: "2号楼" }, // 3
      { name: "丙", phone: p(), grid: w.grid2.name, building: w.building.name }, // 4: exists, but in grid 1
      { name: "丁", phone: p(), building: "拆迁楼" }, // 5: archived
      { name: "戊", phone: p(), building: other.building.name }, // 6: another community's building
      { name: "己", phone: p(), building: w.building.name, gender: "未知" }, // 7
      { name: "庚", phone: p(), building: w.building.name, kind: "预备党员" }, // 8
      { name: "", phone: p(), building: w.building.name }, // 9
      { name: "辛", phone: "", building: w.building.name }, // 10
      { name: "壬", phone: p() }, // 11
      { name: "癸", phone: "23800000000", building: w.building.name }, // 12
      { name: "长".repeat(41), phone: p(), building: w.building.name }, // 13
      { name: "子", phone: p(), building: w.building.name, gender: "female", kind: "退休党员" }, // 14: valid
    ];
    const preview = await previewRosterImport({
      actor: w.secretary,
      input: { fileName: "checks.xlsx", data: await rosterXlsx(rows) },
    });
    const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(errorsByRow(batch.rows)).toEqual({
      2: ["rosterImport.errors.ambiguousBuilding"],
      3: ["rosterImport.errors.unknownGrid"],
      4: ["rosterImport.errors.buildingNotInGrid"],
      5: ["rosterImport.errors.unknownBuilding"],
      6: ["rosterImport.errors.unknownBuilding"],
      7: ["rosterImport.errors.badGender"],
      8: ["rosterImport.errors.badKind"],
      9: ["rosterImport.errors.missingName"],
      10: ["rosterImport.errors.missingPhone"],
      11: ["rosterImport.errors.missingBuilding"],
      12: ["rosterImport.errors.badPhone"],
      13: ["rosterImport.errors.tooLong"],
    });
    expect(batch.rows.find((r) => r.row === 14)).toMatchObject({
      status: "valid",
      member: { gender: "FEMALE", kind: "RETIRED" },
    });
  });

  it("finds the header row below a title row, and headers written without the template's marks", async () => {
    const w = await importWorld();
    const file = await rosterXlsx([{ name: "陈一", phone: uniquePhone(), building: w.building.name }], {
      titleRow: "东湖社区在职党员名册",
      headers: IMPORT_COLUMNS.map((c) => (c.key === "phone" ? "手机号" : c.header)),
    });
    const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: "x.xlsx", data: file } });
    const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(batch.rows.map((r) => [r.row, r.status])).toEqual([[3, "valid"]]);
  });

  it("refuses files it cannot use, with a message for the file field", async () => {
    const w = await importWorld();
    const fileError = async (fileName: string, data: Uint8Array) => {
      const error = await previewRosterImport({ actor: w.secretary, input: { fileName, data } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      return (error as UserFacingError).fieldErrors?.file;
    };
    const good = await rosterXlsx([{ name: "甲", phone: uniquePhone(), building: w.building.name }]);
    expect(await fileError("名册.xls", good)).toBe("rosterImport.errors.badType");
    expect(await fileError("名册.txt", rosterCsv([]))).toBe("rosterImport.errors.badType");
    expect(await fileError("名册", good)).toBe("rosterImport.errors.badType");
    expect(await fileError("名册.xlsx", new Uint8Array())).toBe("rosterImport.errors.emptyFile");
    expect(await fileError("名册.xlsx", new Uint8Array(Buffer.from("not a spreadsheet")))).toBe("rosterImport.errors.unreadable");
    expect(await fileError("名册.csv", good)).toBe("rosterImport.errors.unreadable");
    expect(await fileError("名册.xlsx", new Uint8Array(2 * 1024 * 1024 + 1))).toBe("rosterImport.errors.tooLarge");
    expect(await fileError("名册.xlsx", await rosterXlsx([{ name: "甲" }], { headers: ["甲列", "乙列", "丙列"] }))).toBe(
      "rosterImport.errors.missingColumns",
    );
    expect(await fileError("名册.csv", rosterCsv([]))).toBe("rosterImport.errors.noRows");
    const many = Array.from({ length: 5001 }, (_, i): RosterInput => ({
      name: `人${i}`,
      phone: `139${String(i).padStart(8, "0")}`,
      building: "1号楼",
    }));
    expect(await fileError("名册.csv", rosterCsv(many))).toBe("rosterImport.errors.tooManyRows");
    expect(await db().importBatch.count({ where: { communityId: w.community.id } })).toBe(0);
  });

  it("parses 5,000 rows (the limit) and imports them in one transaction", async () => {
    const w = await importWorld();
    const rows = Array.from({ length: 5000 }, (_, i): RosterInput => ({
      name: `党员${i}`,
      phone: `136${String(i).padStart(8, "0")}`,
      building: w.building.name,
      skills: "摄影",
    }));
    const preview = await previewRosterImport({
      actor: w.secretary,
      input: { fileName: "big.xlsx", data: await rosterXlsx(rows) },
    });
    expect(preview.counts).toEqual({ total: 5000, valid: 5000, skip: 0, error: 0 });
    expect((await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } })).imported).toBe(5000);
    expect(await db().member.count({ where: { communityId: w.community.id, source: "IMPORTED" } })).toBe(5000);
  });
});

describe("roster import: the confirm transaction checks again", () => {
  it("skips phones added and buildings archived since the preview, and never imports twice under concurrent confirms", async () => {
    const w = await importWorld();
    const { rows, phones } = mixedRows(w);
    const preview = await previewRosterImport({
      actor: w.secretary,
      input: { fileName: "x.xlsx", data: await rosterXlsx(rows) },
    });
    // after the preview: someone reports in with row 2's phone, and 湖畔8栋 (row 3) is archived
    await createMember({ communityId: w.community.id, phone: phones[0], status: "PENDING" });
    await db().organization.update({ where: { id: w.lakeside.id }, data: { archivedAt: new Date() } });

    const results = await Promise.allSettled([
      confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } }),
      confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r) => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ messageKey: "rosterImport.errors.alreadyConfirmed" });
    expect((fulfilled[0] as PromiseFulfilledResult<unknown>).value).toEqual({
      imported: 3,
      skipped: { "rosterImport.skip.alreadyOnRoster": 1, "rosterImport.skip.buildingGone": 1 },
      errors: 3,
    });
    const members = await db().member.findMany({ where: { communityId: w.community.id } });
    expect(members).toHaveLength(4);
    expect(members.find((m) => m.phone === phones[0])).toMatchObject({ status: "PENDING", source: "SELF_REPORTED" });
    const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(batch.rows.filter((r) => r.result === "imported").map((r) => r.row)).toEqual([4, 5, 6]);
    expect(await db().auditEvent.count({ where: { action: "roster.import", entityId: preview.id } })).toBe(1);
  });
});

describe("roster import: scope and roles", () => {
  it("a batch of another community is not found, to read or to confirm", async () => {
    const a = await importWorld();
    const b = await importWorld();
    const { rows } = mixedRows(a);
    const preview = await previewRosterImport({
      actor: a.secretary,
      input: { fileName: "a.xlsx", data: await rosterXlsx(rows) },
    });

    await expect(getRosterImport({ actor: b.secretary, input: { id: preview.id, show: "all" } })).rejects.toThrow(NotFoundError);
    await expect(confirmRosterImport({ actor: b.secretary, input: { batchId: preview.id } })).rejects.toThrow(NotFoundError);
    await expect(
      confirmRosterImport({ actor: b.secretary, input: { batchId: "019a0000-0000-7000-8000-000000000000" } }),
    ).rejects.toThrow(NotFoundError);
    await expect(getRosterImport({ actor: b.secretary, input: { id: "../../etc/passwd" } })).rejects.toThrow(NotFoundError);
    expect(await listRosterImports({ actor: b.secretary })).toEqual([]);
    expect(await db().member.count({ where: { communityId: { in: [a.community.id, b.community.id] } } })).toBe(0);
    expect((await db().importBatch.findUniqueOrThrow({ where: { id: preview.id } })).status).toBe("PREVIEWED");

    // B's secretary uploading the same file: A's buildings are unknown in B
    const bPreview = await previewRosterImport({
      actor: b.secretary,
      input: { fileName: "a.xlsx", data: await rosterXlsx(rows) },
    });
    const bRows = (await getRosterImport({ actor: b.secretary, input: { id: bPreview.id, show: "all" } })).rows;
    expect(bRows.find((r) => r.row === 2)?.issues.map((i) => i.key)).toEqual(["rosterImport.errors.unknownGrid"]);
    expect(bRows.find((r) => r.row === 2)?.status).toBe("error");
  });

  it("a street admin, a unit admin and a member are refused by every use case", async () => {
    const w = await importWorld();
    const member = await actorFor((await createUser({ grants: [{ role: "MEMBER", organizationId: w.community.id }] })).id);
    const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: w.unit.id }] })).id);
    const preview = await previewRosterImport({
      actor: w.secretary,
      input: { fileName: "a.xlsx", data: await rosterXlsx(mixedRows(w).rows) },
    });
    const data = await rosterXlsx([{ name: "甲", phone: uniquePhone(), building: w.building.name }]);
    for (const actor of [w.admin, member, unitAdmin]) {
      await expect(previewRosterImport({ actor, input: { fileName: "a.xlsx", data } })).rejects.toThrow(ForbiddenError);
      await expect(confirmRosterImport({ actor, input: { batchId: preview.id } })).rejects.toThrow(ForbiddenError);
      await expect(getRosterImport({ actor, input: { id: preview.id } })).rejects.toThrow(ForbiddenError);
      await expect(remapRosterImport({ actor, input: { batchId: preview.id, mapping: Array(12).fill(null) } })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(buildRosterTemplate({ actor })).rejects.toThrow(ForbiddenError);
    }
    expect(await db().member.count({ where: { communityId: w.community.id } })).toBe(0);
    expect((await db().importBatch.findUniqueOrThrow({ where: { id: preview.id } })).status).toBe("PREVIEWED");
  });
});

describe("roster template", () => {
  it("has the Chinese headers, an example row, widths, and this community's grids and buildings on a second sheet", async () => {
    const w = await importWorld();
    const other = await importWorld();
    const file = await buildRosterTemplate({ actor: w.secretary });
    expect(file.fileName).toBe(`党员名册导入模板-${w.community.name}.xlsx`);
    const sheets = await readWorkbook(file.data);
    expect([...sheets.keys()]).toEqual([TEMPLATE_SHEET, INSTRUCTIONS_SHEET]);
    const [header, example] = sheets.get(TEMPLATE_SHEET)!;
    expect(header).toEqual(IMPORT_COLUMNS.map(templateHeader));
    expect(header.slice(0, 7)).toEqual([
      "姓名*",
      "性别(男/女)",
      "手机号码*",
      "网格",
      "楼栋*",
      "房号",
      "党员类型(在职/社区/离退休)",
    ]);
    expect(header[10]).toBe("专业特长(用、分隔)");
    expect(example[0]).toContain("示例");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data.buffer as ArrayBuffer);
    expect(workbook.getWorksheet(TEMPLATE_SHEET)!.getColumn(1).width).toBeGreaterThan(8);

    const help = sheets.get(INSTRUCTIONS_SHEET)!.map((row) => row.join("|"));
    expect(help.some((line) => line.includes(`${w.grid.name}|${w.building.name}`))).toBe(true);
    expect(help.some((line) => line.includes(`${w.grid2.name}|湖畔8栋`))).toBe(true);
    expect(help.join("\n")).toContain(w.unit.name);
    expect(help.join("\n")).not.toContain(other.building.name);
  });

  it("filled in below the example row, it imports; the example row is skipped", async () => {
    const w = await importWorld();
    const template = await buildRosterTemplate({ actor: w.secretary });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.data.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    const phone = uniquePhone();
    sheet.getRow(3).values = [
      "冯十",
      "男",
      phone,
      w.grid.name,
      w.building.name,
      "3-502",
      "在职",
      w.unit.name,
      "",
      "工程师",
      "维修",
    ];
    const data = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);

    const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: template.fileName, data } });
    expect(preview.counts).toEqual({ total: 2, valid: 1, skip: 1, error: 0 });
    const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(batch.rows[0]).toMatchObject({ row: 2, status: "skip", issues: [{ key: "rosterImport.skip.exampleRow" }] });
    await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } });
    expect(await db().member.findFirstOrThrow({ where: { communityId: w.community.id } })).toMatchObject({
      name: "冯十",
      phone,
      employerUnitId: w.unit.id,
    });
  });
});
