import { expect, test } from "@playwright/test";
import { chooseCommunityToRegister, codeFromOutbox, errorSummary, signOut } from "./helpers";

// A member on a phone: reports in with an SMS code, forgets the password, resets it by SMS code
// and signs in with the new one. The embedded demo's console provider "sends" the codes; the street
// admin reads them on the outbox page, as a demo user would.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });

test("a member reports in and later resets a forgotten password with SMS codes", async ({ page, browser }) => {
  const phone = `139${String(Date.now()).slice(-8)}`;

  await page.goto("/register");
  await chooseCommunityToRegister(page, "东湖街道", "东湖社区");
  await page.getByLabel("姓名").fill("林晓梅");
  await page.getByRole("radio", { name: "女" }).check();
  await page.getByLabel("手机号码").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByText("验证码已发出")).toBeVisible();
  await expect(page.getByRole("button", { name: /秒后可重发/ })).toBeDisabled();
  const registerCode = await codeFromOutbox(browser, phone);
  await page.getByLabel("短信验证码").fill(registerCode);
  await page.getByLabel("设置密码").fill("Forgotten#2026");
  await page.getByLabel("网格").selectOption({ index: 1 });
  await page.getByLabel("楼栋").selectOption({ index: 1 });
  await page.getByLabel("房号").fill("301");
  await page.getByRole("radio", { name: "社区党员" }).check();
  await page.getByLabel("我已阅读并同意以上个人信息使用说明").check();
  await page.getByRole("button", { name: "提交报到" }).click();
  await page.waitForURL(/\/me/);
  await signOut(page);

  // forgot the password: the sign-in page leads to the reset
  await page.getByRole("link", { name: "忘记密码？" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "找回密码" })).toBeVisible();
  await page.getByLabel("手机号码").fill(phone);
  await page.getByLabel("短信验证码").fill("000000");
  await page.getByLabel("新密码", { exact: true }).fill("Remembered#2026");
  await page.getByLabel("再次输入新密码").fill("Remembered#2026");
  await page.getByRole("button", { name: "设置新密码" }).click();
  await expect(errorSummary(page)).toContainText("验证码不正确或已过期");

  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByText("如果这个手机号已经注册，验证码已发出")).toBeVisible();
  const resetCode = await codeFromOutbox(browser, phone, registerCode);
  await page.getByLabel("短信验证码").fill(resetCode);
  await page.getByLabel("新密码", { exact: true }).fill("Remembered#2026");
  await page.getByLabel("再次输入新密码").fill("Remembered#2026");
  await page.getByRole("button", { name: "设置新密码" }).click();
  await expect(page).toHaveURL(/\/login\?notice=passwordReset/);
  await expect(page.getByRole("status").filter({ hasText: "密码已重新设置" })).toBeVisible();

  // the old password no longer works; the new one does
  await page.getByLabel("手机号码").fill(phone);
  await page.getByLabel("密码").fill("Forgotten#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(errorSummary(page)).toContainText("手机号或密码不正确。");
  await page.getByLabel("密码").fill("Remembered#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/me/);
  await expect(page.getByText("林晓梅").first()).toBeVisible();
});

test("sending a reset code answers the same for a number nobody registered", async ({ page }) => {
  await page.goto("/reset-password");
  await page.getByLabel("手机号码").fill("13712345670");
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByText("如果这个手机号已经注册，验证码已发出")).toBeVisible();
});
