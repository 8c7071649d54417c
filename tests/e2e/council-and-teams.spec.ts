import type { Page } from "@playwright/test";
import { createCouncilSeat, createMember, createSignup, createTeam, createActivity } from "../../prisma/factories.ts";
import { toLocalInput } from "../../lib/time.ts";
import { expect, signInAs, test } from "./fixtures";

const PHONE = { width: 360, height: 780 };
const HOUR = 3_600_000;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

test("a consultation goes from draft to a published decision turned into a menu item", async ({ browser, page, tenant }) => {
  await createCouncilSeat({ communityId: tenant.community.id, memberId: tenant.member.memberId });
  const title = `${tenant.tag}楼道堆物治理`;

  // the secretary drafts the consultation and invites the council
  await signInAs(page, tenant.secretary);
  await page.getByRole("link", { name: "议事团", exact: true }).click();
  await expect(page).toHaveTitle(new RegExp(`^议事团 – ${tenant.community.name}`));
  await page.getByRole("link", { name: "新建议题" }).click();
  await page.getByLabel("议题").fill(title);
  await page.getByLabel("背景说明").fill("楼道堆放杂物，影响消防通道。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("草稿", { exact: true })).toBeVisible();
  await page.getByLabel("意见截止时间").fill(toLocalInput(new Date(Date.now() + 2 * 86_400_000)));
  await page.getByRole("button", { name: "邀请议事团发表意见" }).click();
  await expect(page.getByRole("status")).toContainText("已发出邀请");

  // the council member answers on the phone
  const phone = await browser.newContext({ viewport: PHONE, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const member = await phone.newPage();
  await signInAs(member, tenant.member);
  await member.getByRole("link", { name: "议事", exact: true }).click();
  await expect(member.getByRole("heading", { level: 1, name: "议事公开" })).toBeVisible();
  await member.getByRole("link", { name: new RegExp(title) }).click();
  await expectNoHorizontalScroll(member);
  await member.getByRole("radio", { name: "同意", exact: true }).check();
  await member.getByLabel("理由").fill("党员带头清理，再请物业定期检查。");
  await member.getByRole("button", { name: "提交意见" }).click();
  await expect(member.getByRole("status")).toContainText("您的意见已提交");

  // the secretary sees the opinion, decides, turns it into a menu item and publishes
  await page.reload();
  await expect(page.getByText("党员带头清理，再请物业定期检查。")).toBeVisible();
  await page.getByRole("radio", { name: "采纳", exact: true }).check();
  await page.getByLabel("理由").fill("议事团一致同意。");
  await page.getByRole("button", { name: "作出决定" }).click();
  await expect(page.getByRole("status")).toContainText("已记录决定");
  await page.reload();
  await page.getByLabel("服务类别").first().selectOption({ label: "建言献策" });
  await page.getByRole("button", { name: "转为服务菜单项目" }).click();
  await expect(page.getByRole("status")).toContainText("已转为服务");
  await page.reload();
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", /\/community\/menu\/items\//);
  await page.getByRole("button", { name: "向党员公开" }).click();
  await expect(page.getByRole("status")).toContainText("决定已公开");

  // members see the decision (议事公开) and the menu item it became; the member's record counts it
  await member.goto("/me/council");
  await member.getByRole("link", { name: title }).last().click();
  await expect(member.getByRole("heading", { name: "社区决定" })).toBeVisible();
  await expect(member.getByText("采纳", { exact: true })).toBeVisible();
  await expect(member.getByText("已纳入服务菜单：")).toBeVisible();
  await expectNoHorizontalScroll(member);
  await member.goto("/me/records");
  await expect(member.getByText("发表意见 1 次，出席议事会议 0 次。")).toBeVisible();
  await phone.close();
});

test("a team leader publishes and confirms a team activity on a phone", async ({ page, tenant }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const team = await createTeam({
    communityId: tenant.community.id,
    leaderMemberId: tenant.member.memberId,
    name: `${tenant.tag}巡逻队`,
  });
  const patroller = await createMember({ communityId: tenant.community.id, gridId: tenant.grid.id, name: `${tenant.tag}队员` });
  const started = await createActivity({
    communityId: tenant.community.id,
    category: "SECURITY",
    title: `${tenant.tag}夜间巡逻`,
    startsAt: new Date(Date.now() - HOUR),
    signupDeadline: new Date(Date.now() - 2 * HOUR),
    points: 6,
    hours: 2,
    teamId: team.id,
  });
  await createSignup({ activityId: started.id, memberId: patroller.id });

  await signInAs(page, tenant.member);
  await page.getByRole("link", { name: "服务队", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "志愿服务队" })).toBeVisible();
  await page.getByRole("link", { name: "管理本队" }).click();
  await expect(page.getByRole("heading", { level: 1, name: team.name })).toBeVisible();
  await expectNoHorizontalScroll(page);

  // a new activity of the team: drafted with the secretary's form, then published
  await page.getByRole("link", { name: "新建本队活动" }).click();
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  await page.getByLabel("活动名称").fill(`${tenant.tag}周末巡逻`);
  await page.getByLabel("服务类别").selectOption({ label: "治安维稳" });
  await page.getByLabel("地点").fill("社区警务室");
  await page.getByLabel("开始时间").fill(toLocalInput(startsAt));
  await page.getByLabel("结束时间").fill(toLocalInput(new Date(startsAt.getTime() + 2 * HOUR)));
  await page.getByLabel("报名截止").fill(toLocalInput(new Date(startsAt.getTime() - 12 * HOUR)));
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${tenant.tag}周末巡逻` })).toBeVisible();
  await page.getByRole("button", { name: "发布活动" }).click();
  await expect(page.getByRole("status")).toContainText("活动已发布");

  // the started patrol: the leader confirms who came
  await page.getByRole("link", { name: `返回${team.name}` }).click();
  await page.getByRole("link", { name: `${tenant.tag}夜间巡逻` }).click();
  await page.getByRole("checkbox", { name: patroller.name }).check();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: /确认 1 人的参加情况/ }).click();
  await expect(page.getByRole("status")).toContainText("已确认并计入积分");
  await expectNoHorizontalScroll(page);
});
