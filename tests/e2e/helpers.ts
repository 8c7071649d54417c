import { expect, type Page } from "@playwright/test";
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
