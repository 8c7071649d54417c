import { db } from "../../lib/db.ts";
import { parseTaskMonth } from "../../lib/needs/unit-schema.ts";
import { createCommunity, createMember } from "../../prisma/factories.ts";
import { createNeedRow } from "../../prisma/need-factories.ts";
import { expect, signInAs, test } from "./fixtures";

test("a need dispatched to a co-building unit is assigned and completed from the unit portal", async ({ browser, tenant }) => {
  test.setTimeout(90_000);
  // the unit reported to the community and was accepted; one of its members lives in another community
  await db().unitReport.create({
    data: {
      unitId: tenant.unit.id,
      communityId: tenant.community.id,
      status: "ACCEPTED",
      offerServices: "水电维修",
      contactName: "张经理",
      contactPhone: "13900001111",
    },
  });
  const elsewhere = await createCommunity({ streetId: tenant.street.id, name: `${tenant.tag}桂花社区` });
  const colleague = await createMember({ communityId: elsewhere.id, employerUnitId: tenant.unit.id, name: `${tenant.tag}同事` });
  const content = `${tenant.tag}厨房水管漏水需要维修`;
  const need = await createNeedRow({
    community: tenant.community,
    gridId: tenant.grid.id,
    buildingId: tenant.building.id,
    status: "PUBLISHED",
    content,
    residentName: "王秀英",
    residentPhone: "13812345678",
    room: "2-503",
  });
  const month = parseTaskMonth(undefined);

  // the secretary dispatches it from the need's page to the unit's task list of this month
  const office = await browser.newContext({ locale: "zh-CN" });
  const secretary = await office.newPage();
  await signInAs(secretary, tenant.secretary);
  await secretary.goto(`/community/needs/${need.id}`);
  await secretary.getByLabel("共建单位").selectOption({ label: `${tenant.unit.name}（水电维修）` });
  await expect(secretary.getByLabel("任务月份")).toHaveValue(month);
  await secretary.getByRole("button", { name: "派给单位" }).click();
  await expect.poll(async () => (await db().need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("DISPATCHED");
  await office.close();

  const desk = await browser.newContext({ locale: "zh-CN" });
  const page = await desk.newPage();
  await signInAs(page, tenant.unitAdmin);
  // the unit dashboard counts the task
  await expect(page.getByRole("heading", { name: /年需求任务$/ })).toBeVisible();
  await page.getByRole("link", { name: "需求任务" }).click();
  await expect(page).toHaveTitle(new RegExp(`${month}任务清单 – ${tenant.unit.name}`));
  const row = page.getByRole("row").filter({ hasText: content });
  // the resident's phone is masked and the room hidden for the unit
  await expect(row).toContainText("138****5678");
  await expect(row).toContainText("王*");
  await expect(page.getByText("2-503")).toHaveCount(0);
  await expect(row).toContainText("待安排");
  await row.getByRole("link", { name: /办理/ }).click();

  await expect(page.getByRole("heading", { name: content })).toBeVisible();
  await expect(page.getByText("13812345678")).toHaveCount(0);
  await page.getByRole("checkbox", { name: new RegExp(tenant.member.name) }).check();
  await expect(page.getByRole("checkbox", { name: new RegExp(colleague.name) })).toBeVisible();
  await page.getByRole("button", { name: "安排", exact: true }).click();
  await expect(page.getByText("已安排，党员会收到通知。")).toBeVisible();
  const assigned = page.getByRole("listitem").filter({ hasText: tenant.member.name });
  await expect(assigned).toContainText("办理中");

  await page.getByLabel("完成情况（选填）").fill("已更换水管，试水正常");
  await page.getByRole("button", { name: "报告完成" }).click();
  await expect(assigned).toContainText("已完成");
  await expect(page.getByText(/报告完成$/).first()).toBeVisible();

  const stored = await db().need.findUniqueOrThrow({ where: { id: need.id }, include: { claims: true } });
  expect(stored.status).toBe("DONE");
  expect(stored.claims.map((c) => [c.memberId, c.status, c.viaUnitId])).toEqual([
    [tenant.member.memberId, "DONE", tenant.unit.id],
  ]);
  expect(await db().notification.count({ where: { userId: tenant.member.userId, kind: "needUnitAssigned" } })).toBe(1);

  // back on the list the task waits for the resident's confirmation
  await page.getByRole("link", { name: "返回任务清单" }).click();
  await expect(page.getByRole("row").filter({ hasText: content })).toContainText("待确认");
  await desk.close();
});
