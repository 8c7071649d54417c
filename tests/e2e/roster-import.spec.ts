import { officeRosterXlsx } from "../support/roster-files";
import { expect, signInAs, test } from "./fixtures";
import { errorSummary, signIn } from "./helpers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("an office's roster file: every column shown with what it becomes, changed by the secretary, then imported", async ({
  page,
  tenant,
}) => {
  // three uploads of 3 to 10 MB on a shared machine
  test.setTimeout(180_000);
  await signInAs(page, tenant.secretary);
  await page.goto("/community/roster/import");
  const tail = String(Date.now()).slice(-6);
  const phones = [0, 1, 2].map((i) => `1990${tail}${i}`);
  const file = await officeRosterXlsx([
    {
      name: "王　芳",
      phone: Number(phones[0]),
      building: "2号楼",
      address: "东湖小区2栋",
      skills: "医疗咨询、健康讲座",
      employer: "东湖区人民医院",
      branch: "内科党支部",
    },
    null,
    {
      name: "李强",
      phone: phones[1].replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
      building: "2号楼",
      skills: "驾驶",
    },
    { name: "赵敏", phone: Number(phones[2]), building: "3号楼", born: new Date(Date.UTC(1990, 0, 1)) },
  ]);
  await page.getByLabel("名册文件").setInputFiles({ name: "花名册.xlsx", mimeType: XLSX, buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "核对导入内容" })).toBeVisible();

  const notes = page.locator("[data-layout-notes]");
  await expect(notes).toContainText("第 2–3 行是两行表头");
  await expect(notes).toContainText("第 1 行（“东湖社区在职党员花名册”）是标题或说明，不导入。");
  await expect(notes).toContainText("1 个空行已跳过：第 5 行。");
  await expect(notes).toContainText("以下 3 列不会导入：A（序号）、D（出生年月）、H（现居住地址）");
  const columns = page.getByRole("table", { name: "文件中的每一列及其导入到哪一项" });
  await expect(columns.getByRole("row", { name: /出生年月/ })).toContainText("1990-01-01");
  await expect(page.getByLabel("K 列（职业特长）导入到")).toHaveValue("skills");

  // the secretary decides 职业特长 should not be imported after all, then changes it back
  await page.getByLabel("K 列（职业特长）导入到").selectOption({ label: "不导入" });
  await page.getByRole("button", { name: "按此对应重新检查" }).click();
  await expect(page.getByText("已按新的列对应重新检查了每一行。")).toBeVisible();
  await expect(notes).toContainText("K（职业特长）");
  await page.getByLabel("K 列（职业特长）导入到").selectOption({ label: "专业特长" });
  await page.getByRole("button", { name: "按此对应重新检查" }).click();
  await expect(page.getByLabel("K 列（职业特长）导入到")).toHaveValue("skills");

  await page.getByRole("button", { name: "确认导入 3 人" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入完成" })).toBeVisible();
  await expect(page.getByText("已导入 3 名党员")).toBeVisible();
  await page.goto("/community/roster?q=王芳");
  await expect(page.getByRole("link", { name: "王芳" })).toBeVisible();
});

test("a file over the size limit: the right message after the browser's check, and from the server when the check is bypassed", async ({
  page,
}) => {
  await signIn(page, "secretary");
  await page.goto("/community/roster/import");
  const big = Buffer.alloc(3 * 1024 * 1024, 1);
  await page.getByLabel("名册文件").setInputFiles({ name: "大文件.xlsx", mimeType: XLSX, buffer: big });
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(errorSummary(page)).toContainText("名册文件：文件超过 2 MB，请拆分成几个文件分批上传。");
  await expect(errorSummary(page)).not.toContainText("文件是空的");

  // a browser whose check does not run (an old page, a tampered client) sends the file anyway:
  // the server answers with the same clear message, for a 5 MB file and for one past the body limit
  for (const [megabytes, status] of [
    [5, 200],
    [10, 413],
  ] as const) {
    await page.goto("/community/roster/import");
    await page.evaluate(() => Object.defineProperty(File.prototype, "size", { get: () => 1 }));
    await page
      .getByLabel("名册文件")
      .setInputFiles({ name: "大文件.xlsx", mimeType: XLSX, buffer: Buffer.alloc(megabytes * 1024 * 1024, 1) });
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/community/roster/import"));
    await page.getByRole("button", { name: "上传并预览" }).click();
    expect((await answer).status()).toBe(status);
    await expect(errorSummary(page)).toContainText("名册文件：文件超过 2 MB，请拆分成几个文件分批上传。");
  }
});
