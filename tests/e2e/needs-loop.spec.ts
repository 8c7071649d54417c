// The needs loop end to end (issue 9): a resident posts a micro-wish on a 360 px phone from the
// poster's URL → the secretary publishes it → a member claims it on a phone and sees the contact →
// marks it done → the resident confirms and rates on the tracking page → the member's points and
// record show it → the rating draft shows the residents' score.
import type { Browser, Page } from "@playwright/test";
import { expect, signInAs, test, type Person } from "./fixtures";

const PHONE = { width: 360, height: 740 };

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

async function personOnPhone(browser: Browser, person: Person) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "zh-CN" });
  const page = await context.newPage();
  await signInAs(page, person);
  return page;
}

test("a micro-wish goes round the loop: posted, published, claimed, done, confirmed and rated, credited", async ({
  browser,
  page,
  tenant,
}) => {
  test.setTimeout(180_000);
  const wish = `${tenant.tag}：想请人帮忙换一下厨房的灯泡`;

  // the resident, no account, on a small phone, from the poster's QR code
  const residentContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "zh-CN" });
  const resident = await residentContext.newPage();
  await resident.goto(`/n/${tenant.community.id}`);
  await expect(resident.getByRole("heading", { level: 1, name: "群众点单" })).toBeVisible();
  await expectNoHorizontalScroll(resident);
  await resident.getByRole("radio", { name: "微心愿" }).check();
  await resident.getByLabel("类别").selectOption({ index: 1 });
  await resident.getByLabel("具体内容").fill(wish);
  await resident.getByLabel("希望什么时候（选填）").fill("周六上午");
  await resident.getByLabel("楼栋").selectOption(tenant.building.id);
  await resident.getByLabel("室号（选填）").fill("502");
  await resident.getByLabel("姓名或称呼").fill("李奶奶");
  await resident.getByLabel("手机号码").fill("13812345678");
  await resident.getByLabel("我已阅读并同意以上说明").check();
  await resident.getByRole("button", { name: "提交需求" }).click();
  await resident.waitForURL(/\/t\/[A-Za-z0-9_-]{27}\?posted=1$/);
  const trackingUrl = resident.url().replace(/\?posted=1$/, "");
  await expect(resident.getByText("提交成功，谢谢您！")).toBeVisible();

  // the secretary finds it waiting in the triage queue, with the contact, and publishes it
  await signInAs(page, tenant.secretary);
  await page.goto("/community/needs");
  await expect(page).toHaveTitle(new RegExp(`^群众需求 – ${tenant.community.name}`));
  await page.getByRole("link", { name: wish }).click();
  await expect(page.getByText("李奶奶")).toBeVisible();
  await expect(page.getByText("13812345678")).toBeVisible();
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布到党员需求板。");

  // a member on the phone sees it anonymized on the board, claims it, then sees the contact
  const member = await personOnPhone(browser, tenant.member);
  await member.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "需求", exact: true }).click();
  await expect(member).toHaveURL(/\/me\/needs$/);
  await expectNoHorizontalScroll(member);
  await expect(member.getByText("李奶奶")).toHaveCount(0);
  await member.getByRole("link", { name: wish }).click();
  await expect(member.getByText("13812345678")).toHaveCount(0);
  await member.getByRole("button", { name: "我来认领" }).click();
  await expect(member.getByRole("status")).toHaveText("认领成功！请尽快联系居民。");
  await expect(member.getByText("李奶奶")).toBeVisible();
  await expect(member.getByRole("link", { name: "13812345678" })).toHaveAttribute("href", "tel:13812345678");
  await expect(member.getByText("2号楼 502")).toBeVisible();
  await expectNoHorizontalScroll(member);
  await member.getByLabel("完成说明").fill("已上门换好灯泡");
  await member.getByRole("button", { name: "标记完成" }).click();
  await expect(member.getByRole("status")).toHaveText("已标记完成，等待居民确认。谢谢您！");

  // the resident confirms and rates on the tracking page
  await resident.goto(trackingUrl);
  await expect(resident.getByText("待您确认")).toBeVisible();
  await resident.getByRole("radio", { name: "5 星：非常满意" }).check();
  await resident.getByLabel("想说的话（选填）").fill("很及时，谢谢！");
  await resident.getByRole("button", { name: "确认完成" }).click();
  await expect(resident.getByText("已收到您的确认和评价，谢谢！")).toBeVisible();
  await residentContext.close();

  // the member's points and record show it
  await member.goto("/me/records");
  await expect(member.getByRole("heading", { name: "帮办的群众需求" })).toBeVisible();
  await expect(member.getByRole("link", { name: /^帮办群众微心愿/ })).toBeVisible();
  await expect(member.getByText("居民评价 5 星")).toBeVisible();
  await expect(member.getByText("帮办需求（件）").locator("..")).toContainText("1");
  await expect(member.getByText("积分余额").locator("..")).toContainText("5");
  await member.goto("/me/needs");
  await expect(member.getByRole("heading", { name: "我认领的" })).toBeVisible();

  // the rating draft takes the residents' score from the rating (5 stars × 20)
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date());
  await page.goto(`/community/ratings?year=${year}`);
  await page.getByRole("button", { name: "计算草稿" }).click();
  await expect(page.getByText("草稿已计算", { exact: true })).toBeVisible();
  await page.goto(`/community/ratings/scores?year=${year}&q=${encodeURIComponent(tenant.member.name)}`);
  await expect(page.getByRole("row", { name: new RegExp(tenant.member.name) })).toContainText("评单得分：100");
});
