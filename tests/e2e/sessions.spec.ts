import type { Browser, BrowserContext } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";
import { expect, signInAs, TENANT_PASSWORD, test } from "./fixtures";
import { account, signIn, signOut } from "./helpers";

// A copied session cookie stops working once its session is ended on the server (issue 13.3).

/** A second browser holding a copy of the first one's cookies (a stolen or forgotten session). */
async function copyOf(context: BrowserContext, browser: Browser) {
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());
  return copy;
}

test("a copied session cookie stops working after sign-out, while other sign-ins stay", async ({ browser, page, context }) => {
  await signIn(page, "member");
  const copy = await copyOf(context, browser);
  const stolen = await copy.newPage();
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/me$/);

  const elsewhere = await browser.newContext();
  const otherDevice = await elsewhere.newPage();
  await signIn(otherDevice, "member");

  await signOut(page);
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/login/);
  // the member's other device signed in on its own and is not affected
  await otherDevice.goto("/me");
  await expect(otherDevice).toHaveURL(/\/me$/);
  await Promise.all([copy.close(), elsewhere.close()]);
});

test("a copied session cookie stops working after a password change", async ({ browser, page, context, tenant }) => {
  const phone = tenant.member.phone;
  await page.goto("/login");
  await page.getByLabel("手机号码").fill(phone);
  await page.getByLabel("密码").fill(TENANT_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/me/);
  const copy = await copyOf(context, browser);
  const stolen = await copy.newPage();
  await stolen.goto("/me/profile");
  await expect(stolen).toHaveURL(/\/me\/profile$/);

  await page.goto("/me/profile");
  await page.getByLabel("当前密码").fill(TENANT_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("Session#2026new");
  await page.getByLabel("再次输入新密码").fill("Session#2026new");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/login\?notice=passwordChanged/);
  await expect(page.getByRole("status")).toContainText("密码已修改");

  await stolen.goto("/me/profile");
  await expect(stolen).toHaveURL(/\/login/);

  await page.getByLabel("手机号码").fill(phone);
  await page.getByLabel("密码").fill("Session#2026new");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await copy.close();
});

test("after sign-in the portal never follows a return path to another site", async ({ page }) => {
  await page.goto("/login?returnTo=/%09/evil.example/");
  await page.getByLabel("手机号码").fill(account("member").phone);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
});

test("a made-up X-Forwarded-For does not give a guesser a fresh address (no trusted proxy configured)", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.99" } });
  const page = await context.newPage();
  const phone = `167${String(Date.now()).slice(-8)}`;
  await page.goto("/login");
  await page.getByLabel("手机号码").fill(phone);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("手机号或密码不正确");
  await context.close();

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(`SELECT key FROM "SignInFailure" WHERE key LIKE $1`, [
      `pair:${phone}|%`,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).not.toContain("203.0.113.99");
    expect(rows[0].key).toMatch(/\|(::1|127\.0\.0\.1|::ffff:127\.0\.0\.1)$/);
  } finally {
    await client.end();
  }
});

test("the street admin signs a person out on every device", async ({ browser, page, tenant }) => {
  const phone = tenant.member.phone;
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto("/login");
  await member.getByLabel("手机号码").fill(phone);
  await member.getByLabel("密码").fill(TENANT_PASSWORD);
  await member.getByRole("button", { name: "登录" }).click();
  await member.waitForURL(/\/me/);

  await signInAs(page, tenant.admin);
  await page.goto(`/admin/users?q=${phone}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "退出所有设备" }).click();
  await expect(page.getByText("已让此人在所有设备上退出登录")).toBeVisible();

  await member.goto("/me");
  await expect(member).toHaveURL(/\/login/);
  await memberContext.close();
});
