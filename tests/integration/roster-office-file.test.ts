import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";
import { db } from "@/lib/db";
import { confirmRosterImport } from "@/lib/roster/confirm-roster-import";
import { getRosterImport } from "@/lib/roster/get-roster-import";
import { previewRosterImport } from "@/lib/roster/preview-roster-import";
import { remapRosterImport } from "@/lib/roster/remap-roster-import";
import { IMPORT_COLUMNS } from "@/lib/roster/roster-columns";
import { remapRosterImportSchema } from "@/lib/roster/schema";
import { createWorkUnit, uniquePhone } from "@/prisma/factories";
import { officeRosterXlsx, rosterXlsx, type OfficeRow } from "../support/roster-files";
import { createStreetWorld } from "../support/world";

const fullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

async function officeWorld() {
  const world = await createStreetWorld();
  const unit = await createWorkUnit({ streetId: world.street.id, name: `东湖区人民医院${Date.now()}` });
  return { ...world, unit };
}

describe("an office's own roster file (merged title, two-row header, 职业特长, 出生年月, 现居住地址)", () => {
  for (const merged of [true, false]) {
    it(`${merged ? "with merged header cells" : "with the header cells left blank"}: every column lands or is shown as not imported`, async () => {
      const w = await officeWorld();
      const phones = Array.from({ length: 4 }, () => uniquePhone());
      const rows: (OfficeRow | null)[] = [
        {
          name: "王　芳",
          gender: "女",
          born: new Date(Date.UTC(1985, 2, 1)),
          phone: Number(phones[0]),
          building: w.building.name,
          room: "1-101",
          address: "东湖小区1栋101",
          employer: w.unit.name,
          branch: "内科党支部",
          skills: "医疗咨询、健康讲座",
        },
        {
          name: "李强",
          phone: fullWidth(phones[1]),
          building: w.building.name,
          employer: "星河物流有限公司",
          branch: "星河物流党支部",
          skills: "驾驶",
        },
        null,
        { name: "赵敏", phone: Number(phones[2]), building: w.building.name, skills: "法律咨询" },
        { name: "钱伟", phone: Number(phones[0]), building: w.building.name },
        { name: "孙丽", phone: Number(phones[3]), building: w.building.name, employer: "东湖街道办事处", branch: "机关党支部" },
      ];
      const data = await officeRosterXlsx(rows, { merged });
      const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: "花名册.xlsx", data } });
      const batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });

      expect(batch.layout.aboveHeader).toEqual([{ row: 1, text: "东湖社区在职党员花名册" }]);
      expect(batch.layout.headerRows).toEqual([2, 3]);
      expect(batch.layout.blankRows).toEqual([6]);
      const fieldOf = (header: string) => batch.layout.mapping[batch.layout.columns.findIndex((c) => c.header.endsWith(header))];
      expect(fieldOf("职业特长")).toBe("skills");
      expect(fieldOf("工作单位")).toBe("employer");
      expect(fieldOf("单位党组织")).toBe("employerBranch");
      expect(fieldOf("楼栋")).toBe("building");
      // no place in the portal's roster: shown as not imported, with what they hold
      for (const header of ["序号", "出生年月", "现居住地址"]) expect(fieldOf(header), header).toBeNull();
      const born = batch.layout.columns.find((c) => c.header === "出生年月");
      expect(born?.samples[0]).toBe("1985-03-01");
      expect(batch.layout.columns.find((c) => c.header === "现居住地址")?.samples).toEqual(["东湖小区1栋101"]);
      expect(batch.layout.columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]);

      expect(preview.counts).toEqual({ total: 5, valid: 4, skip: 0, error: 1 });
      expect(batch.rows.find((r) => r.row === 8)?.issues).toMatchObject([
        { field: "phone", key: "rosterImport.errors.duplicateInFile", params: { row: 4 } },
      ]);

      await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } });
      const members = new Map(
        (await db().member.findMany({ where: { communityId: w.community.id } })).map((m) => [m.phone, m] as const),
      );
      expect(members.size).toBe(4);
      expect(members.get(phones[0])).toMatchObject({
        name: "王芳",
        gender: "FEMALE",
        room: "1-101",
        employerUnitId: w.unit.id,
        employerBranch: "内科党支部",
        skills: ["医疗咨询", "健康讲座"],
      });
      expect(members.get(phones[1])).toMatchObject({
        employerName: "星河物流有限公司",
        employerBranch: "星河物流党支部",
        skills: ["驾驶"],
      });
      expect(members.get(phones[2])?.skills).toEqual(["法律咨询"]);
      expect(members.get(phones[3])).toMatchObject({ employerName: "东湖街道办事处", employerBranch: "机关党支部" });
    });
  }

  it("a column the synonyms do not know: the secretary maps it, every row is checked again, and the next file starts from that choice", async () => {
    const w = await officeWorld();
    const headers = ["姓名", "联络号码", "楼栋", "爱好"];
    const phone = uniquePhone();
    const file = await rosterXlsx([{ name: "周一", gender: phone, phone: w.building.name, grid: "羽毛球" }], { headers });
    // rosterXlsx writes cells in the template's order; name, gender, phone, grid land under these four headers
    const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: "a.xlsx", data: file } });
    let batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(batch.layout.mapping).toEqual(["name", null, "building", null]);
    expect(batch.rows[0].issues.map((i) => i.key)).toEqual(["rosterImport.errors.missingPhone"]);

    const form = new FormData();
    form.set("batchId", preview.id);
    ["name", "phone", "building", ""].forEach((field, i) => form.set(`col${i}`, field));
    const input = remapRosterImportSchema.parse(formDataToObject(form));
    expect((await remapRosterImport({ actor: w.secretary, input })).counts).toEqual({ total: 1, valid: 1, skip: 0, error: 0 });
    batch = await getRosterImport({ actor: w.secretary, input: { id: preview.id, show: "all" } });
    expect(batch.layout.mapping).toEqual(["name", "phone", "building", null]);
    expect(batch.layout.guesses).toEqual(["synonym", "chosen", "synonym", "none"]);
    expect(batch.rows[0]).toMatchObject({ status: "valid", member: { phone } });

    const next = await previewRosterImport({ actor: w.secretary, input: { fileName: "b.xlsx", data: file } });
    const nextBatch = await getRosterImport({ actor: w.secretary, input: { id: next.id } });
    expect(nextBatch.layout.mapping).toEqual(["name", "phone", "building", null]);
    expect(nextBatch.layout.guesses).toEqual(["memory", "memory", "memory", "memory"]);

    // another community does not inherit the choice
    const other = await officeWorld();
    const elsewhere = await previewRosterImport({ actor: other.secretary, input: { fileName: "b.xlsx", data: file } });
    expect((await getRosterImport({ actor: other.secretary, input: { id: elsewhere.id } })).layout.mapping).toEqual([
      "name",
      null,
      "building",
      null,
    ]);
    await expect(remapRosterImport({ actor: other.secretary, input: { ...input, batchId: preview.id } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
  });

  it("refuses a field chosen for two columns, a mapping of the wrong width, and a remap after confirm", async () => {
    const w = await officeWorld();
    const form = new FormData();
    form.set("batchId", "019a0000-0000-7000-8000-000000000000");
    form.set("col0", "name");
    form.set("col1", "name");
    form.set("col2", "nonsense");
    const parsed = remapRosterImportSchema.safeParse(formDataToObject(form));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["mapping.2"]));
    form.set("col2", "");
    expect(remapRosterImportSchema.safeParse(formDataToObject(form)).error?.issues).toMatchObject([
      { path: ["col1"], message: "rosterImport.layout.chosenTwice" },
    ]);

    const file = await rosterXlsx([{ name: "吴二", phone: uniquePhone(), building: w.building.name }]);
    const preview = await previewRosterImport({ actor: w.secretary, input: { fileName: "a.xlsx", data: file } });
    const width = IMPORT_COLUMNS.length;
    await expect(
      remapRosterImport({ actor: w.secretary, input: { batchId: preview.id, mapping: Array(width + 1).fill(null) } }),
    ).rejects.toMatchObject({ messageKey: "errors.checkForm" });
    await confirmRosterImport({ actor: w.secretary, input: { batchId: preview.id } });
    await expect(
      remapRosterImport({ actor: w.secretary, input: { batchId: preview.id, mapping: Array(width).fill(null) } }),
    ).rejects.toMatchObject({ messageKey: "rosterImport.errors.alreadyConfirmed" });
  });
});
