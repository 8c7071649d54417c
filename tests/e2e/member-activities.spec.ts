import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";
import { expect, signInAs, test } from "./fixtures";
import { account, signIn, signOut } from "./helpers";

// members use phones
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a member opens 活动 on the phone, signs up for an activity, sees 已报名, and cancels", async ({ page, tenant }) => {
  await signInAs(page, tenant.member);
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "活动", exact: true }).click();
  await expect(page).toHaveURL(/\/me\/activities$/);
  await expect(page.getByRole("heading", { level: 1, name: "社区活动" })).toBeVisible();
  await expectNoHorizontalScroll(page);

  // the first upcoming activity with places left that the demo member has not signed up for
  const card = page.locator('[data-activity-card][data-availability="open"]:not([data-my-status])').first();
  await expect(card).toBeVisible();
  await expect(card).toContainText(/剩余 \d+ 个名额/);
  const title = (await card.getByRole("heading", { level: 2 }).innerText()).trim();
  await card.getByRole("link").click();
  await expect(page).toHaveURL(/\/me\/activities\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoHorizontalScroll(page);

  const signUp = page.getByRole("button", { name: "报名", exact: true });
  expect((await signUp.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await signUp.click();
  await expect(page.getByRole("status")).toHaveText("报名成功");
  await expect(page.getByText("已报名", { exact: true })).toBeVisible();
  await expect(page.getByText("您已报名")).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "取消报名" }).click();
  await expect(page.getByRole("status")).toHaveText("已取消报名");
  await expect(page.getByText("已报名", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "报名", exact: true })).toBeVisible();

  // back in the list, the card no longer carries a status
  await page.getByRole("link", { name: "返回活动列表" }).click();
  await expect(
    page
      .locator("[data-activity-card]")
      .filter({ has: page.getByRole("link", { name: title, exact: true }) })
      .first(),
  ).not.toHaveAttribute("data-my-status", /.+/);
});

test("a check-in link sends a visitor to sign in, comes back with its code, and checks in nobody by being opened", async ({
  page,
}) => {
  await signIn(page, "member");
  await page.goto("/me/activities");
  const href = await page.locator("[data-activity-card]").first().getByRole("link").getAttribute("href");
  const activityId = href!.split("/").pop()!;
  await signOut(page);

  const checkinUrl = `/checkin/${activityId}?t=1.expiredCode`;
  await page.goto(checkinUrl);
  await expect(page).toHaveURL(new RegExp(`/login\\?returnTo=${escapeRegExp(encodeURIComponent(checkinUrl))}$`));
  await page.getByLabel("手机号码").fill(account("member").phone);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();

  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(checkinUrl)}$`));
  await expect(page.getByRole("heading", { level: 1, name: "活动签到" })).toBeVisible();
  await expect(page.getByText("二维码已过期，请重新扫描现场的二维码。")).toBeVisible();
  await expect(page.getByRole("button", { name: "确认签到" })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});

test("the member's service record shows the totals and each part", async ({ page }) => {
  await signIn(page, "member");
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/me/records");
  await expect(page.getByRole("heading", { level: 1, name: "我的服务记录" })).toBeVisible();
  for (const label of ["积分余额", "参加活动（次）", "服务时长（小时）", "今年参加（次）"])
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  for (const heading of ["即将参加", "参加过的活动", "我认领的服务", "积分明细"])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
