import { expect, test } from "@playwright/test";
import { account, attemptSignIn, errorSummary, signIn, signOut } from "./helpers";

const HOMES = [
  { key: "admin", path: "/admin", heading: "东湖街道 组织架构" },
  { key: "secretary", path: "/community", heading: "东湖社区" },
  { key: "member", path: "/me", heading: "张伟，您好" },
  { key: "unitAdmin", path: "/unit", heading: "东湖区人民医院" },
] as const;

for (const home of HOMES) {
  test(`${home.key} signs in, lands on their home, and signs out`, async ({ page }) => {
    await signIn(page, home.key);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    await signOut(page);
    await page.goto(home.path);
    await expect(page).toHaveURL(/\/login\?returnTo=/);
  });
}

test("a wrong password shows a Chinese error that does not say whether the phone exists", async ({ page }) => {
  await attemptSignIn(page, "secretary", "not-the-password");
  await expect(errorSummary(page)).toContainText("手机号或密码不正确。");
  await expect(page.getByLabel("手机号码")).toHaveValue(account("secretary").phone);

  await page.getByLabel("手机号码").fill("13711112222");
  await page.getByLabel("密码").fill("whatever-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(errorSummary(page)).toContainText("手机号或密码不正确。");
});

test("a malformed phone gets an error next to the field and in the summary", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("手机号码").fill("12345");
  await page.getByRole("button", { name: "登录" }).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText("请修改以下问题后再提交");
  await expect(summary.getByRole("link", { name: /手机号码：请输入 11 位手机号码/ })).toBeVisible();
  await expect(page.getByLabel("手机号码")).toHaveAttribute("aria-invalid", "true");
});

test("the language switch turns the portal into English and back", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { level: 1, name: "东湖街道 组织架构" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "东湖街道: organizations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Work units" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "东湖街道 组织架构" })).toBeVisible();
});

test("a member opening an admin page is refused", async ({ page }) => {
  await signIn(page, "member");
  await expect(page).toHaveURL(/\/me$/);
  for (const path of ["/admin", "/admin/users", "/community", "/unit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  }
});

test("a person with two roles switches between them", async ({ page }) => {
  await signIn(page, "unitAdmin");
  await expect(page).toHaveURL(/\/unit$/);
  await page.getByLabel("切换身份").selectOption({ label: "党员 · 桂花苑社区" });
  await page.getByRole("button", { name: "切换", exact: true }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { name: "陈静，您好" })).toBeVisible();
  const response = await page.goto("/unit");
  expect(response?.status()).toBe(403);
});

test("a visitor is sent to sign in and then back where they were going", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fadmin%2Fusers/);
  await page.getByLabel("手机号码").fill(account("admin").phone);
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "账号与授权" })).toBeVisible();
});
