import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";

export type AccountKey = (typeof DEMO_ACCOUNTS)[number]["key"];

export function account(key: AccountKey) {
  return DEMO_ACCOUNTS.find((a) => a.key === key)!;
}

/** Fills and submits the sign-in form without waiting for any outcome (for failing attempts). */
export async function attemptSignIn(page: Page, key: AccountKey, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("手机号码").fill(account(key).phone);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in and waits until the portal has left the sign-in page (the session cookie is set). */
export async function signIn(page: Page, key: AccountKey, password = DEMO_PASSWORD) {
  await attemptSignIn(page, key, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** The form's error summary (Next.js also renders a role=alert route announcer). */
export function errorSummary(page: Page) {
  return page.locator("[data-error-summary]");
}

/** The newest code sent to a phone, read on the admin's SMS outbox page (delivery follows the answer). */
export async function codeFromOutbox(browser: Browser, phone: string, notBefore?: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await context.newPage();
  await signIn(admin, "admin");
  let code = "";
  await expect
    .poll(async () => {
      await admin.goto("/admin/sms-outbox");
      const [text = ""] = await admin.getByTestId("sms-outbox-row").filter({ hasText: phone }).allTextContents();
      code = /验证码是 (\d{6})/.exec(text)?.[1] ?? "";
      return code && code !== notBefore ? code : "";
    })
    .toMatch(/^\d{6}$/);
  await context.close();
  return code;
}

/** Registration's first step: search for the community by name, then choose it ("street · community"). */
export async function chooseCommunityToRegister(page: Page, street: string, community: string) {
  await page.getByLabel("搜索社区").fill(community);
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await page.getByLabel("居住社区").selectOption({ label: `${street} · ${community}` });
  await page.getByRole("button", { name: "下一步" }).click();
}
