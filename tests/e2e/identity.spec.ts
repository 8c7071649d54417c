import { db } from "../../lib/db.ts";
import { qrFromPdf, qrFromPng } from "../support/qr-codes.ts";
import { expect, signInAs, test } from "./fixtures";

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "zh-CN" } as const;

test("a member opens their card and a phone scanning its QR code sees the check page", async ({ browser, tenant }) => {
  const memberContext = await browser.newContext(PHONE);
  const member = await memberContext.newPage();
  await signInAs(member, tenant.member);
  await member.getByRole("link", { name: "我的党员证" }).click();
  await expect(member).toHaveURL(/\/me\/card$/);
  await expect(member).toHaveTitle(`我的党员证 – ${tenant.community.name} · 在职党员进社区`);
  await expect(member.getByRole("heading", { name: "我的党员证" })).toBeVisible();
  // the card itself (the header names the community too)
  const card = member.getByRole("main");
  await expect(card.getByText(tenant.member.name, { exact: true })).toBeVisible();
  await expect(card.getByText(tenant.community.name, { exact: true })).toBeVisible();
  // nothing wider than the phone
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const qr = member.getByRole("img", { name: "党员身份核验二维码" });
  const url = qrFromPng(await qr.screenshot());
  expect(url).toMatch(/\/check\/[0-9a-f]{32}$/);

  // a resident's phone, not signed in, opens what the camera read
  const residentContext = await browser.newContext(PHONE);
  const resident = await residentContext.newPage();
  await resident.goto(new URL(url!).pathname);
  await expect(resident.getByRole("status")).toContainText(`经核验，这是${tenant.community.name}已报到的在职党员。`);
  await expect(resident).toHaveTitle(`党员身份核验 – ${tenant.community.name} · 在职党员进社区`);
  const maskedName = `${Array.from(tenant.member.name)[0]}${"*".repeat(Array.from(tenant.member.name).length - 1)}`;
  await expect(resident.getByText(maskedName, { exact: true })).toBeVisible();
  const body = await resident.locator("body").innerText();
  expect(body).not.toContain(tenant.member.name);
  expect(body).not.toContain(tenant.member.phone);

  // the member makes a new code: the scanned one no longer opens anything
  member.once("dialog", (dialog) => dialog.accept());
  await member.getByRole("button", { name: "更换二维码" }).click();
  await expect(member.getByText("二维码已更换，旧码已失效。")).toBeVisible();
  const gone = await resident.goto(new URL(url!).pathname);
  expect(gone?.status()).toBe(404);
  await memberContext.close();
  await residentContext.close();
});

test("the secretary prints badges as one PDF with the Chinese font and a readable QR code", async ({ browser, tenant }) => {
  const desk = await browser.newContext({ locale: "zh-CN" });
  const secretary = await desk.newPage();
  await signInAs(secretary, tenant.secretary);
  await secretary.goto("/community/roster");
  const [download] = await Promise.all([
    secretary.waitForEvent("download"),
    secretary.getByRole("link", { name: "打印胸卡（筛选结果）" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = Buffer.from(await (await secretary.request.get(download.url())).body());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdf.toString("latin1");
  // the CJK font of the letters is embedded (a subset), with a ToUnicode map so the text can be extracted
  expect(text).toContain("NotoSerifSC");
  expect(text).toMatch(/\/FontFile2/);
  expect(text).toMatch(/\/ToUnicode/);
  const member = await db().member.findUniqueOrThrow({ where: { id: tenant.member.memberId } });
  const decoded = qrFromPdf(pdf);
  expect(decoded).toMatch(new RegExp(`/check/${member.checkToken}$`));

  // ticked: only the ticked member
  await secretary.getByRole("checkbox", { name: `选择 ${tenant.member.name}` }).check();
  const [ticked] = await Promise.all([
    secretary.waitForEvent("download"),
    secretary.getByRole("button", { name: "打印所选胸卡" }).click(),
  ]);
  expect(ticked.suggestedFilename()).toMatch(/\.pdf$/);
  await desk.close();
});

test("a member re-reports in one tap after the community opens a window", async ({ browser, tenant }) => {
  const desk = await browser.newContext({ locale: "zh-CN" });
  const secretary = await desk.newPage();
  await signInAs(secretary, tenant.secretary);
  await secretary.getByRole("link", { name: "重新报到" }).click();
  await expect(secretary).toHaveTitle(`重新报到 – ${tenant.community.name} · 在职党员进社区`);
  await expect(secretary.getByText("还没有开启过重新报到。请在下方开启。")).toBeVisible();
  await secretary.getByRole("button", { name: "开启" }).click();
  await expect(secretary.getByText("重新报到已开启。")).toBeVisible();
  await secretary.reload();
  await expect(secretary.getByRole("status").filter({ hasText: "应报到 1 人" })).toContainText("未确认 1 人");

  const phone = await browser.newContext(PHONE);
  const member = await phone.newPage();
  await signInAs(member, tenant.member);
  await expect(member.getByRole("heading", { name: "重新报到" })).toBeVisible();
  await expect(member.getByRole("definition").filter({ hasText: "2号楼 · 301" }).first()).toBeVisible();
  await member.getByRole("button", { name: "信息无误，确认" }).click();
  // the page comes back with the panel turned into its confirmed state
  await expect(member.getByText(/您已于 \d{4}-\d{2}-\d{2} 完成重新报到，谢谢！/)).toBeVisible();
  await member.reload();
  await expect(member.getByText(/您已于 \d{4}-\d{2}-\d{2} 完成重新报到，谢谢！/)).toBeVisible();

  await secretary.reload();
  await expect(secretary.getByRole("status").filter({ hasText: "应报到 1 人" })).toContainText("已确认 1 人");
  await secretary.goto("/community/roster");
  await expect(secretary.getByRole("row", { name: new RegExp(tenant.member.name) })).toContainText("已确认");
  await desk.close();
  await phone.close();
});

test("a member transfers to another community; the history follows and the old card is no longer valid", async ({
  browser,
  tenant,
  otherTenant,
}) => {
  const before = await db().member.findUniqueOrThrow({ where: { id: tenant.member.memberId } });
  await db().pointsEntry.create({
    data: { memberId: before.id, communityId: tenant.community.id, kind: "ADJUST", amount: 12, reason: "测试" },
  });

  const phone = await browser.newContext(PHONE);
  const member = await phone.newPage();
  await signInAs(member, tenant.member);
  await member.goto("/me/transfer");
  await expect(member).toHaveTitle(`搬家转社区 – ${tenant.community.name} · 在职党员进社区`);
  await member.getByLabel("新居住社区").selectOption({ label: `${otherTenant.street.name} · ${otherTenant.community.name}` });
  await member.getByRole("button", { name: "下一步" }).click();
  await member.getByLabel("网格").selectOption({ label: "第一网格" });
  await member.getByLabel("楼栋").selectOption({ label: "1号楼" });
  await member.getByLabel("房号").fill("1502");
  await member.getByRole("button", { name: "提交转社区申请" }).click();
  await expect(member.getByRole("status")).toContainText(`您已申请转到${otherTenant.community.name}（1502）`);

  const desk = await browser.newContext({ locale: "zh-CN" });
  const secretary = await desk.newPage();
  await signInAs(secretary, otherTenant.secretary);
  await secretary.getByRole("link", { name: "转入转出" }).click();
  await expect(secretary).toHaveTitle(`转入转出 – ${otherTenant.community.name} · 在职党员进社区`);
  const row = secretary.getByRole("row", { name: new RegExp(tenant.member.name) });
  await expect(row).toContainText(tenant.community.name);
  await row.getByRole("button", { name: "同意转入" }).click();
  await expect(secretary.getByText("已处理的转入申请")).toBeVisible();
  await secretary.getByRole("link", { name: tenant.member.name }).click();
  await expect(secretary.getByRole("heading", { name: `在原社区的服务记录（${tenant.community.name}）` })).toBeVisible();

  // the member now acts in the new community, with the balance brought along
  await member.goto("/me");
  await expect(member.getByText(otherTenant.community.name).first()).toBeVisible();
  const moved = await db().member.findFirstOrThrow({ where: { previousMemberId: before.id } });
  expect(moved.communityId).toBe(otherTenant.community.id);
  const sum = await db().pointsEntry.aggregate({ where: { memberId: moved.id }, _sum: { amount: true } });
  expect(sum._sum.amount).toBe(12);

  // the old card's code says not valid; the old community still reads its past
  const resident = await browser.newContext(PHONE);
  const check = await resident.newPage();
  await check.goto(`/check/${before.checkToken}`);
  await expect(check.getByRole("status")).toContainText("此党员证已失效：该党员已迁出本社区。");
  const oldDesk = await browser.newContext({ locale: "zh-CN" });
  const oldSecretary = await oldDesk.newPage();
  await signInAs(oldSecretary, tenant.secretary);
  await oldSecretary.goto(`/community/members/${before.id}`);
  await expect(oldSecretary.getByText("已迁出").first()).toBeVisible();
  expect((await oldSecretary.goto(`/community/members/${moved.id}`))?.status()).toBe(404);
  for (const context of [phone, desk, resident, oldDesk]) await context.close();
});
