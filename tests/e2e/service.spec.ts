import { expect, signInAs, test } from "./fixtures";
import { signIn } from "./helpers";

/** datetime-local value in Beijing time, minutes from now. */
function beijing(minutesFromNow: number) {
  return new Date(Date.now() + minutesFromNow * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

test("publish, pledge and sign up, check in with the QR link, confirm, and the member sees the points", async ({
  browser,
  tenant,
}) => {
  const title = `楼道清洁${String(Date.now()).slice(-5)}`;
  const desk = await browser.newContext({ locale: "zh-CN" });
  const secretary = await desk.newPage();
  await signInAs(secretary, tenant.secretary);
  await secretary.getByRole("link", { name: "活动" }).click();
  await secretary.getByRole("link", { name: "新建活动" }).first().click();
  await secretary.getByLabel("活动名称").fill(title);
  await secretary.getByLabel("服务类别").selectOption({ label: "环境维护" });
  await secretary.getByLabel("地点").fill("3号楼楼道");
  await secretary.getByLabel("开始时间").fill(beijing(20));
  await secretary.getByLabel("结束时间").fill(beijing(80));
  await secretary.getByLabel("报名截止").fill(beijing(10));
  await secretary.getByLabel("名额").fill("5");
  await secretary.getByLabel("积分").fill("7");
  await secretary.getByRole("button", { name: "保存为草稿" }).click();
  await expect(secretary.getByText("活动草稿已保存")).toBeVisible();
  await secretary.getByRole("button", { name: "发布活动" }).click();
  await expect(secretary.getByText("活动已发布。")).toBeVisible();
  const activityUrl = secretary.url().split("?")[0];
  const activityId = activityUrl.split("/").pop()!;

  const mobile = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
  });
  const member = await mobile.newPage();
  await signInAs(member, tenant.member);
  await member.getByRole("link", { name: "服务", exact: true }).click();
  await expect(member.getByRole("heading", { level: 1 })).toBeVisible();
  await member.goto(`/me/activities/${activityId}`);
  await expect(member.getByRole("heading", { name: title })).toBeVisible();
  await member.getByRole("button", { name: "报名", exact: true }).click();
  await expect(member.getByText("报名成功")).toBeVisible();

  // the secretary's screen shows the QR code; its link is what a phone camera would open
  await secretary.goto(`/community/activities/${activityId}/checkin`);
  await expect(secretary.getByRole("img", { name: "签到二维码" })).toBeVisible();
  const code = await (await secretary.request.get(`/community/activities/${activityId}/checkin/code`)).json();
  await member.goto(new URL(code.url).pathname + new URL(code.url).search);
  await member.getByRole("button", { name: "确认签到" }).click();
  await expect(member.getByRole("status")).toContainText(/签到成功|已于 \d{2}:\d{2} 签到/);

  // the activity has now started: the secretary moves its times accordingly and confirms
  await secretary.goto(`/community/activities/${activityId}/edit`);
  await secretary.getByLabel("开始时间").fill(beijing(-2));
  await secretary.getByLabel("报名截止").fill(beijing(-3));
  await secretary.getByRole("button", { name: "保存修改" }).click();
  await expect(secretary.getByText("修改已保存")).toBeVisible();
  secretary.once("dialog", (dialog) => dialog.accept());
  await secretary.getByRole("button", { name: /确认 1 人的参加情况/ }).click();
  await expect(secretary.getByText("已确认并计入积分。")).toBeVisible();

  await member.goto("/me/records");
  const attended = member
    .getByRole("region", { name: "参加过的活动" })
    .getByRole("listitem")
    .filter({ has: member.getByRole("link", { name: title }) });
  await expect(attended).toContainText("已确认");
  await expect(attended).toContainText("2 小时 · 7 积分");
  await desk.close();
  await mobile.close();
});

test("a member of another community cannot open this community's activity", async ({ page }) => {
  await signIn(page, "secretary");
  await page.getByRole("link", { name: "活动" }).click();
  const href = await page.locator("tbody").getByRole("link").first().getAttribute("href");
  const activityId = href!.split("/").pop()!;
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  // 陈静 is a member of 桂花苑社区, not 东湖社区
  await signIn(page, "unitAdmin");
  await page.getByLabel("切换身份").selectOption({ label: "党员 · 桂花苑社区" });
  await page.getByRole("button", { name: "切换", exact: true }).click();
  await expect(page).toHaveURL(/\/me$/);
  const response = await page.goto(`/me/activities/${activityId}`);
  expect(response?.status()).toBe(404);
});
