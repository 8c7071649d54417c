import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { EXPORT_COLUMNS, EXPORT_SHEET, exportRoster } from "@/lib/roster/export-roster";
import { getRosterImport } from "@/lib/roster/get-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { parseRosterFilter } from "@/lib/roster/roster-filter";
import { contentDisposition, xlsxResponse } from "@/lib/roster/xlsx-file";
import { createBuilding, createMember, createUser, createWorkUnit } from "@/prisma/factories";
import { readWorkbook } from "../support/roster-files";
import { actorFor, createStreetWorld } from "../support/world";

/** Community A: four members in two buildings (one moved out); community B: two members. */
async function exportWorld() {
  const a = await createStreetWorld();
  const b = await createStreetWorld();
  const building2 = await createBuilding({ grid: a.grid, name: "8号楼" });
  const unit = await createWorkUnit({ streetId: a.street.id, name: `东湖区人民医院${Date.now()}`, partyBranchName: "医院党委" });
  const at = (day: number) => new Date(`2026-03-${String(day).padStart(2, "0")}T02:00:00Z`);
  const place = { communityId: a.community.id, gridId: a.grid.id };
  const wang = await createMember({
    ...place,
    buildingId: a.building.id,
    name: "王建国",
    gender: "MALE",
    room: "1-101",
    employerUnitId: unit.id,
    skills: ["医疗咨询", "健康讲座"],
    reportedAt: at(1),
  });
  const li = await createMember({
    ...place,
    buildingId: building2.id,
    name: "李秀英",
    gender: "FEMALE",
    status: "PENDING",
    employerName: "星河物流",
    employerBranch: "星河物流党支部",
    kind: "RETIRED",
    reportedAt: at(2),
  });
  const zhang = await createMember({ ...place, buildingId: a.building.id, name: "张伟", status: "MOVED_OUT", reportedAt: at(3) });
  const chen = await createMember({ ...place, buildingId: building2.id, name: "陈静", reportedAt: at(4) });
  await db().member.update({
    where: { id: chen.id },
    data: { isCenterHousehold: true, isBuildingLeader: true, availability: ["WEEKEND", "WEEKDAY_EVENING"] },
  });
  const bOne = await createMember({ communityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, name: "赵一" });
  const bTwo = await createMember({ communityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, name: "王建" });
  return { a, b, building2, unit, wang, li, zhang, chen, bOne, bTwo };
}

async function exportRows(actor: Parameters<typeof exportRoster>[0]["actor"], query: Record<string, string> = {}) {
  const file = await exportRoster({ actor, input: { filter: parseRosterFilter(query) } });
  const rows = (await readWorkbook(file.data)).get(EXPORT_SHEET)!;
  return { file, header: rows[0], body: rows.slice(1) };
}

const names = (body: string[][]) => body.map((r) => r[0]);

describe("roster export", () => {
  it("has a Chinese header row and one row per member, the page's default filter and order", async () => {
    const w = await exportWorld();
    const { header, body, file } = await exportRows(w.a.secretary);
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(header.slice(0, 3)).toEqual(["姓名", "性别", "手机号码"]);
    // default: everyone but the moved out, newest report first
    expect(names(body)).toEqual(["陈静", "李秀英", "王建国"]);
    expect(file.rowCount).toBe(3);

    const row = (name: string) => Object.fromEntries(header.map((h, i) => [h, body.find((r) => r[0] === name)![i] ?? ""]));
    expect(row("王建国")).toMatchObject({
      性别: "男",
      手机号码: w.wang.phone,
      网格: w.a.grid.name,
      楼栋: w.a.building.name,
      房号: "1-101",
      党员类型: "在职",
      工作单位: w.unit.name,
      单位党组织: "医院党委",
      专业特长: "医疗咨询、健康讲座",
      状态: "已通过",
      报到时间: "2026-03-01 10:00",
    });
    expect(row("王建国").审核时间).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(row("李秀英")).toMatchObject({
      性别: "女",
      党员类型: "离退休",
      工作单位: "星河物流",
      单位党组织: "星河物流党支部",
      状态: "待审核",
      审核时间: "",
    });
    expect(row("陈静")).toMatchObject({ 服务时间: "周末、工作日晚上", 标记: "党员中心户、楼栋组长" });
  });

  it("applies the roster page's query string: building, status, search, place and sort", async () => {
    const w = await exportWorld();
    expect(names((await exportRows(w.a.secretary, { buildingId: w.a.building.id })).body)).toEqual(["王建国"]);
    expect(names((await exportRows(w.a.secretary, { status: "MOVED_OUT" })).body)).toEqual(["张伟"]);
    expect(names((await exportRows(w.a.secretary, { status: "PENDING" })).body)).toEqual(["李秀英"]);
    expect(names((await exportRows(w.a.secretary, { q: "王建" })).body)).toEqual(["王建国"]);
    expect(names((await exportRows(w.a.secretary, { q: w.li.phone.slice(-6) })).body)).toEqual(["李秀英"]);
    expect(names((await exportRows(w.a.secretary, { q: "健康讲座" })).body)).toEqual(["王建国"]);
    expect(names((await exportRows(w.a.secretary, { place: `b:${w.building2.id}`, status: "ACTIVE" })).body)).toEqual(["陈静"]);
    expect(names((await exportRows(w.a.secretary, { kind: "RETIRED" })).body)).toEqual(["李秀英"]);
    expect(names((await exportRows(w.a.secretary, { sort: "reportedAt", dir: "asc" })).body)).toEqual([
      "王建国",
      "李秀英",
      "陈静",
    ]);
    // the page number does not cut the export
    expect(names((await exportRows(w.a.secretary, { page: "2" })).body)).toHaveLength(3);
  });

  it("gives another community's secretary only their own roster, even with A's ids in the query", async () => {
    const w = await exportWorld();
    const own = await exportRows(w.b.secretary);
    expect(names(own.body).sort()).toEqual(["王建", "赵一"]);
    const all = JSON.stringify(own.body);
    for (const m of [w.wang, w.li, w.chen]) expect(all).not.toContain(m.phone);

    expect((await exportRows(w.b.secretary, { buildingId: w.a.building.id })).body).toEqual([]);
    expect((await exportRows(w.b.secretary, { q: "王建国" })).body).toEqual([]);
  });

  it("shows the secretary full phone numbers", async () => {
    const w = await exportWorld();
    const { body } = await exportRows(w.a.secretary);
    expect(body.map((r) => r[2]).sort()).toEqual([w.wang.phone, w.li.phone, w.chen.phone].sort());
  });

  it("refuses a street admin, a unit admin and a member", async () => {
    const w = await exportWorld();
    const member = await actorFor((await createUser({ grants: [{ role: "MEMBER", organizationId: w.a.community.id }] })).id);
    const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: w.unit.id }] })).id);
    for (const actor of [w.a.admin, member, unitAdmin]) {
      await expect(exportRoster({ actor, input: { filter: parseRosterFilter({}) } })).rejects.toThrow(ForbiddenError);
    }
  });

  it("names the file after the community and the date, with an RFC 5987 header", async () => {
    const w = await exportWorld();
    const file = await exportRoster({
      actor: w.a.secretary,
      now: new Date("2026-03-31T17:00:00Z"),
      input: { filter: parseRosterFilter({}) },
    });
    // 17:00 UTC is already April 1st in Shanghai
    expect(file.fileName).toBe(`党员名册-${w.a.community.name}-2026-04-01.xlsx`);
    expect(file.asciiFileName).toBe("roster-2026-04-01.xlsx");
    const response = xlsxResponse(file);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    const disposition = response.headers.get("Content-Disposition")!;
    expect(disposition).toMatch(/^attachment; filename="roster-2026-04-01\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1])).toBe(file.fileName);
    expect(contentDisposition("名单(1)'s.xlsx", 'a"b.xlsx')).toBe(
      `attachment; filename="a_b.xlsx"; filename*=UTF-8''%E5%90%8D%E5%8D%95%281%29%27s.xlsx`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(file.data);
  });

  it("can be read back by the importer: everyone exported is already on the roster", async () => {
    const w = await exportWorld();
    const file = await exportRoster({ actor: w.a.secretary, input: { filter: parseRosterFilter({}) } });
    const preview = await previewRosterImport({ actor: w.a.secretary, input: { fileName: file.fileName, data: file.data } });
    expect(preview.counts).toEqual({ total: 3, valid: 0, skip: 3, error: 0 });
    const rows = (await getRosterImport({ actor: w.a.secretary, input: { id: preview.id } })).rows;
    expect(rows.every((r) => r.issues[0].key === "rosterImport.skip.alreadyOnRoster")).toBe(true);
  });
});
