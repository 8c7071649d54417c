// A Playwright fixture that makes a tenant of its own for each test (a street with one community,
// its grid and building, a work unit, and an account for every role), with the shared factories,
// straight in the e2e database. Tests that change data use it, so the demo community stays as seeded.
import { expect, test as base, type Page } from "@playwright/test";
import {
  createActivity,
  createBuilding,
  createCommunity,
  createGrid,
  createImportBatch,
  createLetter,
  createLetterPdfJob,
  createMember,
  createServiceItem,
  createStreet,
  createUser,
  createWorkUnit,
  uniquePhone,
} from "../../prisma/factories.ts";

export const TENANT_PASSWORD = "Tenant#2026pass";

export type Person = { phone: string; name: string; userId: string };

let tenants = 0;

/**
 * A street of its own: 社区 → 第一网格 → 1号楼, 2号楼, 3号楼, a work unit in the area, an admin, a secretary, a
 * verified member (with an account, employed by the unit) and the unit's admin; an upcoming
 * activity with places, a menu item, a letter of thanks to the unit, a letters PDF job and a roster upload.
 */
export async function createTenant(label = "测试") {
  tenants += 1;
  const tag = `${label}${Date.now().toString(36).slice(-5)}${tenants}`;
  const street = await createStreet(`${tag}街道`);
  const community = await createCommunity({ streetId: street.id, name: `${tag}社区` });
  const grid = await createGrid({ community, name: "第一网格" });
  // the names the specs type: 1号楼 to 3号楼 in 第一网格
  await createBuilding({ grid, name: "1号楼" });
  const building = await createBuilding({ grid, name: "2号楼" });
  await createBuilding({ grid, name: "3号楼" });
  const unit = await createWorkUnit({ streetId: street.id, name: `${tag}科技公司`, inArea: true });
  const person = async (role: "ADMIN" | "SECRETARY" | "MEMBER" | "UNIT_ADMIN", organizationId: string, name: string) => {
    const user = await createUser({ name, phone: uniquePhone(), password: TENANT_PASSWORD, grants: [{ role, organizationId }] });
    return { phone: user.phone, name: user.name, userId: user.id };
  };
  const admin = await person("ADMIN", street.id, `${tag}管理员`);
  const secretary = await person("SECRETARY", community.id, `${tag}书记`);
  const unitAdmin = await person("UNIT_ADMIN", unit.id, `${tag}单位管理员`);
  const member = await person("MEMBER", community.id, `${tag}党员`);
  const memberEntry = await createMember({
    communityId: community.id,
    gridId: grid.id,
    buildingId: building.id,
    userId: member.userId,
    name: member.name,
    phone: member.phone,
    employerUnitId: unit.id,
    room: "301",
  });
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  const activity = await createActivity({
    communityId: community.id,
    startsAt,
    title: `${tag}义务理发`,
    capacity: 10,
    points: 3,
    hours: 2,
  });
  const item = await createServiceItem({ communityId: community.id, year: startsAt.getFullYear(), title: `${tag}法律咨询` });
  const letter = await createLetter({
    communityId: community.id,
    memberId: memberEntry.id,
    year: startsAt.getFullYear() - 1,
    workUnit: unit,
  });
  const pdfJob = await createLetterPdfJob({ communityId: community.id, year: letter.year, requestedById: secretary.userId });
  const importBatch = await createImportBatch({
    communityId: community.id,
    createdById: secretary.userId,
    fileName: `${tag}名册.xlsx`,
  });
  return {
    tag,
    street,
    community,
    grid,
    building,
    unit,
    admin,
    secretary,
    unitAdmin,
    member: { ...member, memberId: memberEntry.id },
    activity,
    item,
    letter,
    pdfJob,
    importBatch,
  };
}

export type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** `tenant`: a tenant of the test's own; `otherTenant`: a second one, for cross-tenant checks. */
export const test = base.extend<{ tenant: Tenant; otherTenant: Tenant }>({
  // the empty pattern: Playwright reads which fixtures a fixture needs from it (none here)
  tenant: async ({}, provide) => provide(await createTenant()),
  otherTenant: async ({}, provide) => provide(await createTenant("他方")),
});

export { expect };

/** Signs in as one of a tenant's people and waits until the portal has left the sign-in page. */
export async function signInAs(page: Page, person: Person) {
  await page.goto("/login");
  await page.getByLabel("手机号码").fill(person.phone);
  await page.getByLabel("密码").fill(TENANT_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
