// Keyboard only, on a 360 × 740 phone (issue 14, items 1 and 2): sign in, sign up for an activity,
// cancel. After each step the test asserts where focus landed, and at every Tab that the focused
// element is not covered by a fixed bar (the element at its centre is the element itself).
import type { Locator, Page } from "@playwright/test";
import { expect, test, TENANT_PASSWORD } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

/** The focused element's centre is on screen and nothing (a tab bar, a header) lies over it. */
async function expectFocusUncovered(page: Page) {
  const covered = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "nothing focused";
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = box.top + Math.min(box.height, 40) / 2;
    if (y < 0 || y > window.innerHeight) return `off screen at y=${Math.round(y)}: ${el.outerHTML.slice(0, 120)}`;
    const top = document.elementFromPoint(x, y);
    return top && (top === el || el.contains(top)) ? null : `covered by ${top?.outerHTML.slice(0, 120)}`;
  });
  expect(covered, "the focused element is visible and not covered").toBeNull();
}

/** Presses Tab until `target` has focus (at most 40 times), checking each stop is not covered. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement !== document.body)) await expectFocusUncovered(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { role: el.getAttribute("role"), text: el.innerText.trim(), summary: el.hasAttribute("data-error-summary") };
  });
}

test("keyboard only on a phone: sign in, sign up, cancel — focus lands on each answer, never under a bar", async ({
  page,
  tenant,
}) => {
  await page.goto("/login");
  // the first Tab stop is the skip link, visible with a background when focused
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await skip.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

  // an empty submit: focus goes to the error summary (not to <body>), listing the fields in order
  await tabTo(page, page.getByRole("button", { name: "登录" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await expectFocusUncovered(page);
  const summary = await focused(page);
  expect(summary.summary).toBe(true);
  expect(summary.text.indexOf("手机号码")).toBeLessThan(summary.text.indexOf("密码"));

  // the summary's link takes the keyboard to the field
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("手机号码")).toBeFocused();
  await page.keyboard.type(tenant.member.phone);
  await tabTo(page, page.getByLabel("密码"));
  await page.keyboard.type(TENANT_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/me$/);

  // to 活动 through the tab bar (a fixed bar: the links in it are never covered by it)
  await tabTo(page, page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "活动", exact: true }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/me\/activities$/);
  // every card link on the way is scrolled clear of the tab bar (scroll-padding)
  await tabTo(page, page.getByRole("link", { name: new RegExp(tenant.activity.title) }).first());
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/me\/activities\/[0-9a-f-]{36}$/);
  await expect(page).toHaveTitle(new RegExp(`^${tenant.activity.title} – `));

  // sign up: focus lands on the status message, which says so
  await tabTo(page, page.getByRole("button", { name: "报名", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("报名成功");
  await expect(page.getByRole("status")).toBeFocused();
  await expectFocusUncovered(page);

  // cancel: the next Tab stop after the message is the cancel button; confirm; focus on the answer
  page.once("dialog", (dialog) => dialog.accept());
  await tabTo(page, page.getByRole("button", { name: "取消报名" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("已取消报名");
  await expect(page.getByRole("status")).toBeFocused();
  await expectFocusUncovered(page);
  expect((await focused(page)).role).toBe("status");

  // the fixed bars take less than 15 % of the 740 px screen
  const fixed = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => ["fixed", "sticky"].includes(getComputedStyle(el).position))
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.height > 0 && box.width > 0)
      .reduce((sum, box) => sum + box.height, 0),
  );
  expect(fixed / 740).toBeLessThan(0.15);
});
