import ExcelJS from "exceljs";
import { expect, signInAs, test } from "./fixtures";
import { chooseCommunityToRegister, codeFromOutbox, errorSummary } from "./helpers";

test.describe("a new member reports on a phone and is verified", () => {
  test("report in, awaiting verification, approved, then home", async ({ browser, tenant }) => {
    const phone = `136${String(Date.now()).slice(-8)}`;
    const name = `测试${String(Date.now()).slice(-4)}`;
    const mobile = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "zh-CN",
    });
    const page = await mobile.newPage();
    await page.goto("/login");
    await page.getByRole("link", { name: "向居住社区报到" }).click();
    await chooseCommunityToRegister(page, tenant.street.name, tenant.community.name);

    await page.getByRole("button", { name: "提交报到" }).click();
    await expect(errorSummary(page)).toContainText("姓名：此项必填");

    await page.getByLabel("姓名").fill(name);
    await page.getByRole("radio", { name: "女" }).check();
    await page.getByLabel("手机号码").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByLabel("短信验证码").fill(await codeFromOutbox(browser, phone));
    await page.getByLabel("设置密码").fill("Report#2026");
    await page.getByLabel("网格").selectOption({ label: "第一网格" });
    await page.getByLabel("楼栋").selectOption({ label: "2号楼" });
    await page.getByLabel("房号").fill("301");
    await page.getByLabel("工作单位", { exact: true }).fill(tenant.unit.name);
    await page.getByRole("checkbox", { name: "医疗保健" }).check();
    await page.getByRole("checkbox", { name: "周末" }).check();
    await page.getByRole("checkbox", { name: "我已阅读并同意以上个人信息使用说明" }).check();
    await page.getByRole("button", { name: "提交报到" }).click();

    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByText("报到信息已提交，正在等待社区审核。")).toBeVisible();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);

    const desk = await browser.newContext({ locale: "zh-CN" });
    const secretary = await desk.newPage();
    await signInAs(secretary, tenant.secretary);
    await secretary.getByRole("link", { name: "报到审核" }).click();
    const card = secretary.locator("section").filter({ hasText: name });
    await expect(card).toContainText(phone);
    await card.getByRole("button", { name: "通过" }).click();
    await expect(secretary.locator("section").filter({ hasText: name })).toHaveCount(0);

    await page.reload();
    await expect(page.getByText("已审核")).toBeVisible();
    await expect(page.getByRole("link", { name: "去看看活动" })).toBeVisible();
    await mobile.close();
    await desk.close();
  });
});

test("a secretary imports the template with two bad rows and sees them listed", async ({ page, tenant }) => {
  await signInAs(page, tenant.secretary);
  const template = await page.request.get("/community/roster/template");
  expect(template.ok()).toBe(true);
  const book = new ExcelJS.Workbook();
  const bytes = await template.body();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0];
  const headerRow = sheet.getRow(1).values as (string | undefined)[];
  const column = (prefix: string) => headerRow.findIndex((h) => typeof h === "string" && h.startsWith(prefix));
  const stamp = String(Date.now()).slice(-7);
  const rows = [
    { 姓名: "导入甲", 手机号码: `1871${stamp}`, 楼栋: "1号楼", 房号: "101" },
    { 姓名: "导入乙", 手机号码: `1872${stamp}`, 楼栋: "2号楼", 房号: "202" },
    { 姓名: "导入丙", 手机号码: "12345", 楼栋: "1号楼", 房号: "303" },
    { 姓名: "导入丁", 手机号码: `1873${stamp}`, 楼栋: "99号楼", 房号: "404" },
  ];
  rows.forEach((values) => {
    const row = sheet.getRow(sheet.rowCount + 1);
    for (const [header, value] of Object.entries(values)) row.getCell(column(header)).value = value;
    row.commit();
  });
  const file = Buffer.from(await book.xlsx.writeBuffer());

  await page.goto("/community/roster/import");
  await page.getByLabel("名册文件").setInputFiles({
    name: "名册.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(page.getByRole("heading", { name: "核对导入内容" }).first()).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "导入丙" })).toContainText("手机号码");
  await expect(table.getByRole("row").filter({ hasText: "导入丁" })).toContainText("楼栋");
  await page.getByRole("button", { name: "确认导入 2 人" }).click();
  await expect(page.getByText("已导入 2 名党员")).toBeVisible();
});
