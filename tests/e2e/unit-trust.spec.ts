import { expect, test, type Browser } from "@playwright/test";
import { chooseCommunityToRegister, codeFromOutbox, signIn } from "./helpers";

// Issue 13 item 1 (docs/decisions/060-identity-model.md): a unit registers, sees nothing until the
// street verifies it, and sees a member only once the secretary confirms the suggested match.

async function registerMember(browser: Browser, employer: string) {
  const stamp = String(Date.now()).slice(-8);
  const name = `信任${stamp.slice(-4)}`;
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/register");
  await chooseCommunityToRegister(page, "东湖街道", "东湖社区");
  await page.getByLabel("姓名").fill(name);
  await page.getByRole("radio", { name: "男" }).check();
  await page.getByLabel("手机号码").fill(`135${stamp}`);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("短信验证码").fill(await codeFromOutbox(browser, `135${stamp}`));
  await page.getByLabel("设置密码").fill("Report#2026");
  await page.getByLabel("网格").selectOption({ label: "第一网格" });
  await page.getByLabel("楼栋").selectOption({ label: "2号楼" });
  await page.getByLabel("房号").fill("502");
  await page.getByLabel("工作单位", { exact: true }).fill(employer);
  await page.getByLabel("单位党组织名称").fill(`${employer}党支部`);
  await page.getByRole("checkbox", { name: "周末" }).check();
  await page.getByRole("checkbox", { name: "我已阅读并同意以上个人信息使用说明" }).check();
  await page.getByRole("button", { name: "提交报到" }).click();
  await expect(page).toHaveURL(/\/me$/);

  // item 8: a pending member sees only their own application
  await expect(page.getByText("报到信息已提交，正在等待社区审核。")).toBeVisible();
  await expect(page.getByRole("link", { name: "活动", exact: true })).toHaveCount(0);
  await page.goto("/me/activities");
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/me/honour-roll");
  await expect(page).toHaveURL(/\/me$/);
  await context.close();
  return name;
}

test("a unit registers, waits for the street, and sees a member only after the secretary confirms the match", async ({
  browser,
}) => {
  const unitName = `晨光科技有限公司${String(Date.now()).slice(-6)}`;
  const memberName = await registerMember(browser, unitName);

  // the unit registers itself with the name its employee typed
  const unitContext = await browser.newContext({ locale: "zh-CN" });
  const unit = await unitContext.newPage();
  const unitPhone = `158${String(Date.now()).slice(-8)}`;
  await unit.goto("/unit-register");
  await unit.getByLabel("单位名称").fill(unitName);
  await unit.getByLabel("党组织名称").fill(`${unitName}党支部`);
  await unit.getByLabel("地址", { exact: true }).fill("科技路 1 号");
  await unit.getByRole("checkbox", { name: "东湖社区", exact: true }).check();
  await unit.getByLabel("人员 / 志愿者").fill("志愿者 10 名");
  await unit.getByLabel("联系人姓名").fill("钱经理");
  await unit.getByLabel("联系人手机号").fill(unitPhone);
  await unit.getByRole("button", { name: "获取验证码" }).click();
  await unit.getByLabel("短信验证码").fill(await codeFromOutbox(browser, unitPhone));
  await unit.getByLabel("登录密码").fill("Unit@2026pass");
  await unit.getByRole("button", { name: "提交登记" }).click();
  await expect(unit.getByRole("heading", { name: "登记已提交" })).toBeVisible();

  // signed in, it sees its own application and nothing else
  await unit.goto("/login");
  await unit.getByLabel("手机号码").fill(unitPhone);
  await unit.getByLabel("密码").fill("Unit@2026pass");
  await unit.getByRole("button", { name: "登录" }).click();
  await expect(unit).toHaveURL(/\/unit$/);
  await expect(unit.getByRole("heading", { name: "单位注册正在等待核实" })).toBeVisible();
  await expect(unit.getByRole("link", { name: "本单位党员" })).toHaveCount(0);
  for (const path of ["/unit/members", "/unit/letters", "/unit/reports"]) {
    await unit.goto(path);
    await expect(unit).toHaveURL(/\/unit$/);
    await expect(unit.getByRole("heading", { name: "单位注册正在等待核实" })).toBeVisible();
  }
  const exported = await unit.request.get("/unit/members/export");
  expect(exported.status()).toBe(403);

  // the street admin verifies the unit
  const deskContext = await browser.newContext({ locale: "zh-CN" });
  const admin = await deskContext.newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/units?awaiting=1");
  await admin.getByRole("link", { name: unitName }).click();
  admin.once("dialog", (dialog) => dialog.accept());
  await admin.getByRole("button", { name: "核实通过" }).click();
  await expect(admin.getByText(/^已于 .+ 核实。$/)).toBeVisible();
  await deskContext.close();

  // verified, the unit sees its portal but not the member: the match is only a suggestion
  await unit.goto("/unit/members");
  await expect(unit.getByRole("heading", { name: "本单位党员" })).toBeVisible();
  await expect(unit.getByText(memberName)).toHaveCount(0);

  // the secretary confirms the suggested match
  const secretaryContext = await browser.newContext({ locale: "zh-CN" });
  const secretary = await secretaryContext.newPage();
  await signIn(secretary, "secretary");
  await secretary.getByRole("link", { name: "单位关联确认" }).click();
  await secretary.getByLabel("按党员姓名或单位名称搜索").fill(unitName);
  await secretary.getByRole("button", { name: "搜索" }).click();
  const row = secretary.getByRole("row").filter({ hasText: memberName });
  await expect(row).toContainText(unitName);
  await row.getByRole("checkbox").check();
  await secretary.getByRole("button", { name: "确认所选关联" }).click();
  // confirmed, it leaves the queue
  await expect(secretary.getByRole("row").filter({ hasText: memberName })).toHaveCount(0);
  await secretaryContext.close();

  // only now does the unit see that member
  await unit.reload();
  await expect(unit.getByRole("link", { name: memberName })).toBeVisible();
  await unitContext.close();
});
