import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers";

/** The public notice period lasts days; the test ends it by moving the window into the past. */
async function endPublicityWindow(communityName: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE "StarRatingRound" r SET "publicityStart" = now() - interval '8 days', "publicityEnd" = now() - interval '1 day'
       FROM "Organization" o WHERE o.id = r."communityId" AND o.name = $1 AND r.status = 'PUBLICITY'`,
      [communityName],
    );
  } finally {
    await client.end();
  }
}

test("the secretary rates, publishes, finalizes; generates letters and opens the print view; the unit admin receives one and exports", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const desk = await browser.newContext({ locale: "zh-CN" });
  const page = await desk.newPage();
  await signIn(page, "secretary");

  // star ratings: compute, publish, (window ends), finalize
  await page.getByRole("link", { name: "星级评定" }).click();
  await page.getByRole("button", { name: "计算草稿" }).click();
  await expect(page.getByText("草稿已计算")).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "开始公示" }).click();
  await expect(page.getByText(/^公示期：/)).toBeVisible();
  await endPublicityWindow("东湖社区");
  await page.reload();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "确定评定结果" }).click();
  await expect(page.getByText(/评定结果已确定，积分、评分和星级不能再修改/)).toBeVisible();

  // letters of thanks: generate this year's, open one letter's print view
  // letters default to last year (they are sent early in the year); the demo's service is this year's
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  await page.goto(`/community/letters?year=${year}`);
  await page.getByRole("button", { name: `生成${year}年度感谢信` }).click();
  await expect(page.getByText(/年度感谢信生成完成/)).toBeVisible();
  const printLink = page.getByRole("link", { name: "打印", exact: true }).first();
  const [print] = await Promise.all([desk.waitForEvent("page"), printLink.click()]);
  await expect(print.getByRole("heading", { name: "打印感谢信", level: 1 })).toBeVisible();
  await expect(print.getByRole("heading", { name: "感谢信", exact: true })).toBeVisible();
  await expect(print.getByText(/编号：/)).toBeVisible();
  await expect(print.locator(".letter-qr-code svg, .letter-qr-code img").first()).toBeVisible();
  await desk.close();

  // the work unit's inbox and export
  const unitContext = await browser.newContext({ locale: "zh-CN", acceptDownloads: true });
  const unit = await unitContext.newPage();
  await signIn(unit, "unitAdmin");
  await unit.goto("/unit/letters");
  await expect(unit.getByRole("heading", { level: 1, name: "收到的感谢信" })).toBeVisible();
  // the demo member 张伟 (a doctor at this unit) served in every past activity of 东湖社区
  await unit.locator("tbody").getByRole("link", { name: "张伟" }).first().click();
  await unit.getByRole("button", { name: "确认收到" }).click();
  await expect(unit.getByText("单位已确认收到").first()).toBeVisible();

  await unit.goto("/unit/members");
  const [download] = await Promise.all([unit.waitForEvent("download"), unit.getByRole("link", { name: "导出 Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await unitContext.close();
});
