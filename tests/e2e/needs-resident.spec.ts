import jsQR from "jsqr";
import { PNG } from "pngjs";
import sharp from "sharp";
import type { Locator } from "@playwright/test";
import { uniquePhone } from "../../prisma/factories.ts";
import { expect, signInAs, test } from "./fixtures";

/** Reads the QR code shown in an element, from a screenshot of it. */
async function decodeQr(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error("no QR code found in the screenshot");
  return code.data;
}

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

test("a resident posts a micro-wish with a photo on a 360 px phone from the building poster, and gets the tracking page", async ({
  browser,
  page,
  tenant,
}) => {
  // the secretary prints the building's poster; its QR code is what the resident scans
  await signInAs(page, tenant.secretary);
  await page.goto(`/community/needs/posters?b=${tenant.building.id}`);
  await expect(page).toHaveTitle(/^群众点单海报 – [^·]+ · /);
  await expect(page.getByRole("heading", { level: 1, name: "有需求，扫码说" })).toBeVisible();
  const postUrl = await decodeQr(page.getByRole("img", { name: "提交需求的二维码" }));
  expect(postUrl).toMatch(new RegExp(`/n/${tenant.community.id}\\?b=${tenant.building.id}$`));

  const phone = await browser.newContext({ ...PHONE, locale: "zh-CN" });
  const resident = await phone.newPage();
  await resident.goto(postUrl);
  await expect(resident).toHaveTitle(new RegExp(`^群众点单 – ${tenant.community.name} 2号楼 · `));
  await expect(resident.getByRole("heading", { level: 1, name: "群众点单" })).toBeVisible();
  await resident.getByLabel("微心愿").check();
  await resident.getByLabel("类别").selectOption({ index: 1 });
  await resident.getByLabel("具体内容").fill("想要一台旧收音机，听戏用");
  await resident.getByLabel("希望什么时候（选填）").fill("周末");
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#cc8844" } })
    .jpeg()
    .withExif({ IFD0: { Make: "ResidentPhone" } })
    .toBuffer();
  await resident
    .getByLabel("照片（选填，最多 3 张）")
    .setInputFiles({ name: "radio.jpg", mimeType: "image/jpeg", buffer: photo });
  // the building poster chose the building
  await expect(resident.getByLabel("楼栋")).toHaveValue(tenant.building.id);
  await resident.getByLabel("室号（选填）").fill("502");
  await resident.getByLabel("姓名或称呼").fill("赵奶奶");
  await resident.getByLabel("手机号码").fill(uniquePhone());
  // no horizontal scrolling on the phone
  expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await resident.getByRole("button", { name: "提交需求" }).click();
  // consent is required: the form says so and keeps what was typed
  await expect(resident.locator("[data-error-summary]")).toContainText("请阅读并同意后再提交");
  await expect(resident.getByLabel("具体内容")).toHaveValue("想要一台旧收音机，听戏用");
  await resident
    .getByLabel("照片（选填，最多 3 张）")
    .setInputFiles({ name: "radio.jpg", mimeType: "image/jpeg", buffer: photo });
  await resident.getByLabel("我已阅读并同意以上说明").check();
  await resident.getByRole("button", { name: "提交需求" }).click();

  await resident.waitForURL(/\/t\/[A-Za-z0-9_-]{27}\?posted=1$/);
  await expect(resident).toHaveTitle(new RegExp(`^需求进度 – ${tenant.community.name} · `));
  await expect(resident.getByRole("status")).toContainText("提交成功");
  await expect(resident.getByText("已收到", { exact: true })).toBeVisible();
  await expect(resident.getByText("需求已提交")).toBeVisible();
  const trackingUrl = new URL(resident.url());
  trackingUrl.search = "";
  await expect(resident.getByTestId("tracking-url")).toHaveText(trackingUrl.toString());
  expect(await decodeQr(resident.getByRole("img", { name: "查看需求进度的二维码" }))).toBe(trackingUrl.toString());
  // the tracking page shows the need, never the contact details
  await expect(resident.getByText("想要一台旧收音机，听戏用")).toBeVisible();
  await expect(resident.locator("body")).not.toContainText("赵奶奶");
  await expect(resident.locator("body")).not.toContainText("502");
  expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // a token of the right shape that is no one's is not found
  const response = await resident.goto(`/t/${"A".repeat(27)}`);
  expect(response?.status()).toBe(404);
  await phone.close();
});

test("a need recorded on behalf prints its slip, whose QR code opens the tracking page", async ({ page, tenant }) => {
  await signInAs(page, tenant.secretary);
  await page.goto("/community/needs/record");
  await expect(page).toHaveTitle(/^代居民登记需求 – [^·]+ · /);
  await page.getByLabel("服务需求").check();
  await page.getByLabel("类别").selectOption({ index: 2 });
  await page.getByLabel("具体内容").fill("每周三陪同去医院复查");
  await page.getByLabel("楼栋").selectOption(tenant.building.id);
  await page.getByLabel("姓名或称呼").fill("孙爷爷");
  await page.getByLabel("手机号码").fill(uniquePhone());
  await page.getByLabel("居民已听过以上说明并同意（由登记人确认）").check();
  await page.getByRole("button", { name: "代为登记并打印回执" }).click();

  await page.waitForURL(/\/t\/[A-Za-z0-9_-]{27}\/slip\?recorded=1$/);
  await expect(page).toHaveTitle(new RegExp(`^需求回执 – ${tenant.community.name} · `));
  await expect(page.getByRole("heading", { level: 1, name: "需求回执" })).toBeVisible();
  await expect(page.getByText("每周三陪同去医院复查")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("孙爷爷");
  const tracking = new URL(page.url());
  tracking.pathname = tracking.pathname.replace(/\/slip$/, "");
  tracking.search = "";
  expect(await decodeQr(page.getByRole("img", { name: "查看需求进度的二维码" }))).toBe(tracking.toString());
  // on paper: the slip only, no toolbar
  await expect(page.getByRole("button", { name: "打印回执" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印回执" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "需求回执" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // the QR code opens the resident's tracking page
  await page.goto(tracking.toString());
  await expect(page.getByText("已收到", { exact: true })).toBeVisible();
});
