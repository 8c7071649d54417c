import { expect, signInAs, test } from "./fixtures";
import { errorSummary, signIn, signOut } from "./helpers";

test("the street admin adds a community with a grid, renames it, and sees it in the audit log", async ({ page, tenant }) => {
  const name = `新城社区${Date.now() % 100000}`;
  await signInAs(page, tenant.admin);
  await page.getByLabel("社区名称").fill(name);
  await page.getByRole("button", { name: "添加社区" }).click();
  await expect(page.getByRole("status")).toHaveText("已添加。");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByLabel("网格名称").fill("第一网格");
  await page.getByRole("button", { name: "添加网格" }).click();
  await expect(page.getByRole("link", { name: "第一网格" })).toBeVisible();

  await page.getByLabel("名称", { exact: true }).fill(`${name}（新）`);
  await page.getByRole("button", { name: "保存名称" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name}（新）` })).toBeVisible();

  await page.getByRole("link", { name: "操作记录" }).click();
  await expect(page.getByRole("cell", { name: "修改名称" }).first()).toBeVisible();
  await expect(page.getByText(`name: ${name}（新）`).first()).toBeVisible();
});

test("a work unit with a bad phone is refused with the typed values kept", async ({ page, tenant }) => {
  await signInAs(page, tenant.admin);
  await page.getByRole("link", { name: "单位党组织" }).click();
  await page.getByRole("link", { name: "添加单位" }).first().click();
  await page.getByLabel("单位名称").fill("东湖测试物业公司");
  await page.getByLabel("党组织名称").fill("东湖测试物业公司党支部");
  await page.getByLabel("联系电话").fill("123");
  await page.getByRole("button", { name: "添加单位" }).click();
  await expect(errorSummary(page)).toContainText("联系电话：请输入手机号或座机号");
  await expect(page.getByLabel("单位名称")).toHaveValue("东湖测试物业公司");
  await page.getByLabel("联系电话").fill("0571-86129999");
  await page.getByRole("button", { name: "添加单位" }).click();
  await expect(page.getByRole("status")).toHaveText("单位已添加。");
});

test("a secretary gets not found for a building of another community", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "桂花苑1幢" }).click();
  const foreignBuilding = new URL(page.url()).pathname.split("/").pop();
  await signOut(page);

  await signIn(page, "secretary");
  await expect(page).toHaveURL(/\/community$/);
  await page.getByRole("link", { name: "1号楼", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "1号楼" })).toBeVisible();
  const response = await page.goto(`/community/buildings/${foreignBuilding}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});
