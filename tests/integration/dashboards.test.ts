import type { Actor } from "@/lib/auth/actor";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute";
import { getCommunityDashboard } from "@/lib/dashboards/get-community-dashboard";
import { getStreetDashboard } from "@/lib/dashboards/get-street-dashboard";
import { localDay as beijingDay } from "@/lib/time";
import { remindFollowUpList } from "@/lib/dashboards/remind-follow-up-list";
import { remindFollowUpListSchema, type RemindFollowUpListInput } from "@/lib/dashboards/schema";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { ActivityStatus, AttendanceStatus, MemberStatus, SignupStatus } from "@/lib/generated/prisma/enums";
import {
  categoryIdOf,
  createActivity,
  createBuilding,
  createCommunity,
  createGrid,
  createMember,
  createPledge,
  createRecord,
  createServiceItem,
  createSignup,
  createStreet,
  createUser,
  createWorkUnit,
} from "@/prisma/factories";
import { actorFor } from "../support/world";

/** A Beijing wall-clock time as an instant. */
const bj = (local: string) => new Date(`${local}+08:00`);
const YEAR = 2025;
/** "now" for the dashboards: mid-June 2025, late in the evening in Beijing (still the 15th there, the 15th in UTC too). */
const NOW = bj("2025-06-15T23:30:00");

const category = (code: string) => categoryIdOf(code);

let seq = 0;
function activity(communityId: string, startsAt: Date, options: { categoryId: string; status?: ActivityStatus; hours?: number }) {
  seq += 1;
  const { categoryId, status, hours = 2 } = options;
  return createActivity({
    communityId,
    startsAt,
    categoryId,
    status,
    hours,
    title: `看板活动${seq}`,
    publishedAt: null,
    signupDeadline: new Date(startsAt.getTime() - 3_600_000),
  });
}

const record = (a: { id: string; communityId: string }, memberId: string, status: AttendanceStatus, hours = 0) =>
  createRecord({ activity: a, memberId, status, hours });

const signup = (activityId: string, memberId: string, status: SignupStatus) => createSignup({ activityId, memberId, status });

const pledge = (memberId: string, item: { id: string; communityId: string; year: number }, withdrawn = false) =>
  createPledge({ memberId, item, withdrawn });

/** A member of a community; with `account` also a user holding the MEMBER role there. */
async function member(
  communityId: string,
  options: {
    name: string;
    status?: MemberStatus;
    gridId?: string;
    buildingId?: string;
    employerUnitId?: string;
    employerName?: string;
    account?: boolean;
  },
) {
  const user = options.account
    ? await createUser({ name: options.name, grants: [{ role: "MEMBER", organizationId: communityId }] })
    : null;
  const m = await createMember({
    communityId,
    name: options.name,
    status: options.status ?? "ACTIVE",
    gridId: options.gridId,
    buildingId: options.buildingId,
    employerUnitId: options.employerUnitId,
    employerName: options.employerName,
    userId: user?.id ?? null,
    phone: user?.phone,
  });
  return { ...m, userId: user?.id ?? null };
}

/**
 * Two communities A and B in street S, community C in another street, an archived community in S.
 * A's members cover every rule: grids, buildings, work units and typed-in employers, records in
 * 2024 and 2025 (one each side of New Year in Beijing time), NO_SHOW and CHECKED_IN records,
 * pending, rejected and moved-out entries, pledges withdrawn or of last year, cancelled sign-ups.
 */
async function createWorld() {
  const street = await createStreet();
  const otherStreet = await createStreet();
  const A = await createCommunity({ streetId: street.id, name: "甲社区" });
  const B = await createCommunity({ streetId: street.id, name: "乙社区" });
  const C = await createCommunity({ streetId: otherStreet.id, name: "丙社区" });
  const archived = await createCommunity({ streetId: street.id, name: "旧社区" });
  await db().organization.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

  const g1 = await createGrid({ community: A, name: "第1网格" });
  const g2 = await createGrid({ community: A, name: "第2网格" });
  const b1 = await createBuilding({ grid: g1, name: "1号楼" });
  const b2 = await createBuilding({ grid: g1, name: "2号楼" });
  const b3 = await createBuilding({ grid: g2, name: "10号楼" });
  const u1 = await createWorkUnit({ streetId: street.id, name: "区人民医院" });
  const u2 = await createWorkUnit({ streetId: street.id, name: "区税务局" });

  const m = {
    // active in 2025 (March), employer u1, pledged and signed up in 2025
    m1: await member(A.id, { name: "赵一", gridId: g1.id, buildingId: b1.id, employerUnitId: u1.id, account: true }),
    // served in 2024 only
    m2: await member(A.id, { name: "钱二", gridId: g1.id, buildingId: b2.id, employerUnitId: u1.id, account: true }),
    // only a NO_SHOW in 2025: never served; pledged, sign-up cancelled
    m3: await member(A.id, { name: "孙三", gridId: g2.id, buildingId: b3.id, employerName: "东湖小学", account: true }),
    // nothing at all, no account; pledged, no sign-up
    m4: await member(A.id, { name: "李四", gridId: g2.id, buildingId: b3.id, employerName: " 东湖小学 " }),
    // served 1 January 2025 at 00:30 Beijing time (still 2024 in UTC); pledged, signed up for a 2024 activity only; account disabled
    m5: await member(A.id, { name: "周五", account: true }),
    // served 31 December 2024 at 23:30 Beijing time (already 2025-less: it is 2024 in Beijing)
    m6: await member(A.id, { name: "吴六", gridId: g1.id, buildingId: b1.id, employerUnitId: u2.id, account: true }),
    // pending: reported, not verified
    m7: await member(A.id, { name: "郑七", status: "PENDING", gridId: g1.id, buildingId: b1.id, account: true }),
    // returned and moved out: not counted anywhere (the moved-out one served in 2025)
    m8: await member(A.id, { name: "王八", status: "REJECTED", gridId: g1.id, buildingId: b1.id }),
    m9: await member(A.id, { name: "冯九", status: "MOVED_OUT", gridId: g1.id, buildingId: b1.id, account: true }),
    // checked in but never confirmed: never served; withdrew the 2025 pledge
    m10: await member(A.id, { name: "陈十", gridId: g2.id, buildingId: b3.id, account: true }),
  };
  await db().user.update({ where: { id: m.m5.userId! }, data: { disabledAt: new Date() } });

  const env = await category("ENVIRONMENT");
  const elder = await category("AID");
  const actDec24 = await activity(A.id, bj("2024-12-31T23:30:00"), { categoryId: env, hours: 3 });
  const actJan = await activity(A.id, bj("2025-01-01T00:30:00"), { categoryId: env });
  const actMar = await activity(A.id, bj("2025-03-10T10:00:00"), { categoryId: env, hours: 1.5 });
  const actMar2 = await activity(A.id, bj("2025-03-25T10:00:00"), { categoryId: elder });
  const actApr = await activity(A.id, bj("2025-04-05T10:00:00"), { categoryId: env, status: "CANCELLED" });
  const actFuture = await activity(A.id, bj("2025-12-20T10:00:00"), { categoryId: env });
  const act2024 = await activity(A.id, bj("2024-05-01T09:00:00"), { categoryId: env });

  await record(actDec24, m.m6.id, "CONFIRMED", 3);
  await record(actJan, m.m5.id, "CONFIRMED", 2);
  await record(actMar, m.m1.id, "CONFIRMED", 1.5);
  await record(actMar, m.m9.id, "CONFIRMED", 1.5);
  await record(actMar, m.m3.id, "NO_SHOW");
  await record(actMar, m.m10.id, "CHECKED_IN");
  await record(actMar2, m.m1.id, "CONFIRMED", 2);
  await record(act2024, m.m2.id, "CONFIRMED", 2);

  const item2025 = await createServiceItem({ communityId: A.id, year: 2025, categoryId: env, title: "楼道清洁" });
  const item2024 = await createServiceItem({ communityId: A.id, year: 2024, categoryId: env, title: "楼道清洁" });
  await pledge(m.m1.id, item2025);
  await signup(actMar.id, m.m1.id, "CONFIRMED");
  await pledge(m.m3.id, item2025);
  await signup(actMar.id, m.m3.id, "CANCELLED");
  await pledge(m.m4.id, item2025);
  await pledge(m.m5.id, item2025);
  await signup(actDec24.id, m.m5.id, "CONFIRMED");
  await pledge(m.m6.id, item2025);
  await signup(actFuture.id, m.m6.id, "WAITLISTED");
  await pledge(m.m10.id, item2025, true);
  await pledge(m.m2.id, item2024);
  await pledge(m.m7.id, item2025);

  // B: one active member, one never served, one pending
  const bGrid = await createGrid({ community: B, name: "乙网格" });
  const bb1 = await member(B.id, { name: "乙一", gridId: bGrid.id, account: true });
  const bb2 = await member(B.id, { name: "乙二", gridId: bGrid.id, account: true });
  await member(B.id, { name: "乙三", status: "PENDING" });
  const bAct = await activity(B.id, bj("2025-02-01T09:00:00"), { categoryId: elder });
  await record(bAct, bb1.id, "CONFIRMED", 4);

  // C, in another street: must show up nowhere in S
  const c1 = await member(C.id, { name: "丙一", account: true });
  const cAct = await activity(C.id, bj("2025-02-01T09:00:00"), { categoryId: env });
  await record(cAct, c1.id, "CONFIRMED", 6);

  const secretaryA = await createUser({ grants: [{ role: "SECRETARY", organizationId: A.id }] });
  const secretaryB = await createUser({ grants: [{ role: "SECRETARY", organizationId: B.id }] });
  const admin = await createUser({ grants: [{ role: "ADMIN", organizationId: street.id }] });
  const otherAdmin = await createUser({ grants: [{ role: "ADMIN", organizationId: otherStreet.id }] });
  const unitAdmin = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: u1.id }] });
  return {
    street,
    A,
    B,
    C,
    g1,
    g2,
    b1,
    b2,
    b3,
    u1,
    u2,
    m,
    bb1,
    bb2,
    actFuture,
    actApr,
    secretaryA: await actorFor(secretaryA.id),
    secretaryB: await actorFor(secretaryB.id),
    admin: await actorFor(admin.id),
    otherAdmin: await actorFor(otherAdmin.id),
    unitAdmin: await actorFor(unitAdmin.id),
    memberActor: await actorFor(m.m1.userId!),
  };
}

let w: Awaited<ReturnType<typeof createWorld>>;
beforeAll(async () => {
  w = await createWorld();
});

/** The dashboard's reminder action as app/(community)/community/dashboard-actions.ts declares it. */
const remindActionDefinition = {
  permission: "dashboard.community" as const,
  schema: remindFollowUpListSchema,
  successMessage: "dashboard.remind.done",
  run: ({ actor, input }: { actor: Actor; input: RemindFollowUpListInput }) => remindFollowUpList({ actor, input }),
};

const ids = (members: { id: string }[]) => members.map((x) => x.id).sort();

describe("the community dashboard", () => {
  it("counts reported, verified and active members and their rates exactly", async () => {
    const d = await getCommunityDashboard({ actor: w.secretaryA, now: NOW, input: { year: YEAR } });
    expect(d.community.id).toBe(w.A.id);
    expect(d.headline).toEqual({
      reported: 8,
      pending: 1,
      verified: 7,
      // m1 (March) and m5 (1 January 00:30 Beijing); not m6 (31 December 23:30 Beijing), not moved-out m9
      active: 2,
      neverServed: 3,
      verifiedRate: 7 / 8,
      activeRate: 2 / 7,
      pledgedNoSignup: 3,
      // January, two in March; not the cancelled April one, not December's (still to come)
      activities: 3,
      // m5, m1 twice, and the moved-out m9's record (a fact of the activity); no NO_SHOW, no CHECKED_IN
      participations: 4,
      hours: 7,
    });
  });

  it("puts the records of 31 December 23:30 Beijing time in the year before", async () => {
    const d = await getCommunityDashboard({ actor: w.secretaryA, now: NOW, input: { year: 2024 } });
    expect(d.headline).toMatchObject({ active: 2, activities: 2, participations: 2, hours: 5 });
    expect(d.trend.find((m) => m.month === 12)).toEqual({
      month: 12,
      activities: 1,
      participations: 1,
      participants: 1,
      hours: 3,
    });
  });

  it("breaks participation down by grid (with its buildings), building and employer", async () => {
    const d = await getCommunityDashboard({ actor: w.secretaryA, now: NOW, input: { year: YEAR } });
    expect(d.byGrid).toEqual([
      {
        id: w.g1.id,
        name: "第1网格",
        members: 3,
        active: 1,
        rate: 1 / 3,
        neverServed: 0,
        buildings: [
          { id: w.b1.id, name: "1号楼" },
          { id: w.b2.id, name: "2号楼" },
        ],
      },
      {
        id: w.g2.id,
        name: "第2网格",
        members: 3,
        active: 0,
        rate: 0,
        neverServed: 3,
        buildings: [{ id: w.b3.id, name: "10号楼" }],
      },
      { id: null, name: null, members: 1, active: 1, rate: 1, neverServed: 0, buildings: [] },
    ]);
    expect(d.byBuilding).toEqual([
      { id: w.b1.id, name: "1号楼", gridName: "第1网格", members: 2, active: 1, rate: 1 / 2, neverServed: 0 },
      { id: w.b2.id, name: "2号楼", gridName: "第1网格", members: 1, active: 0, rate: 0, neverServed: 0 },
      { id: w.b3.id, name: "10号楼", gridName: "第2网格", members: 3, active: 0, rate: 0, neverServed: 3 },
      { id: null, name: null, gridName: null, members: 1, active: 1, rate: 1, neverServed: 0 },
    ]);
    // largest first; equal sizes by name (pinyin: 东 before 区); no employer last
    expect(d.byEmployer).toEqual([
      { id: null, name: "东湖小学", isWorkUnit: false, members: 2, active: 0, rate: 0, neverServed: 2 },
      { id: w.u1.id, name: "区人民医院", isWorkUnit: true, members: 2, active: 1, rate: 1 / 2, neverServed: 0 },
      { id: w.u2.id, name: "区税务局", isWorkUnit: true, members: 1, active: 0, rate: 0, neverServed: 0 },
      { id: null, name: null, isWorkUnit: false, members: 2, active: 1, rate: 1 / 2, neverServed: 1 },
    ]);
  });

  it("has the monthly trend and the category mix of the year", async () => {
    const d = await getCommunityDashboard({ actor: w.secretaryA, now: NOW, input: { year: YEAR } });
    expect(d.trend).toHaveLength(12);
    const nonZero = d.trend.filter((m) => m.activities || m.participations);
    expect(nonZero).toEqual([
      { month: 1, activities: 1, participations: 1, participants: 1, hours: 2 },
      { month: 3, activities: 2, participations: 3, participants: 2, hours: 5 },
    ]);
    expect(d.categories.map((c) => [c.code, c.participations, c.hours])).toEqual([
      ["ENVIRONMENT", 3, 5],
      ["AID", 1, 2],
    ]);
    // once December's activity has started, it is held
    const later = await getCommunityDashboard({ actor: w.secretaryA, now: bj("2025-12-20T10:00:00"), input: { year: YEAR } });
    expect(later.trend[11]).toMatchObject({ month: 12, activities: 1, participations: 0 });
    expect(later.trend[3]).toMatchObject({ month: 4, activities: 0 });
  });

  it("lists members who never served and who pledged but never signed up", async () => {
    const d = await getCommunityDashboard({ actor: w.secretaryA, now: NOW, input: { year: YEAR } });
    expect(d.lists.neverServed.total).toBe(3);
    expect(ids(d.lists.neverServed.members)).toEqual(ids([w.m.m3, w.m.m4, w.m.m10]));
    expect(d.lists.neverServed.members.find((x) => x.id === w.m.m4.id)).toMatchObject({
      name: "李四",
      buildingName: "10号楼",
      hasAccount: false,
    });
    expect(d.lists.pledgedNoSignup.total).toBe(3);
    expect(ids(d.lists.pledgedNoSignup.members)).toEqual(ids([w.m.m3, w.m.m4, w.m.m5]));
    const lastYear = await getCommunityDashboard({ actor: w.secretaryA, now: NOW, input: { year: 2024 } });
    // m2 pledged for 2024 and signed up for nothing in 2024
    expect(ids(lastYear.lists.pledgedNoSignup.members)).toEqual(ids([w.m.m2]));
  });

  it("shows at most 20 names but counts the whole list", async () => {
    const extra = await createCommunity({ streetId: (await createStreet()).id });
    for (let i = 0; i < 23; i++) await createMember({ communityId: extra.id, name: `新党员${i}` });
    const secretary = await createUser({ grants: [{ role: "SECRETARY", organizationId: extra.id }] });
    const d = await getCommunityDashboard({ actor: await actorFor(secretary.id), now: NOW, input: { year: YEAR } });
    expect(d.lists.neverServed.total).toBe(23);
    expect(d.lists.neverServed.members).toHaveLength(20);
    expect(d.headline).toMatchObject({ verified: 23, neverServed: 23, active: 0, activeRate: 0 });
  });

  it("shows a secretary only their own community", async () => {
    const d = await getCommunityDashboard({ actor: w.secretaryB, now: NOW, input: { year: YEAR } });
    expect(d.community.id).toBe(w.B.id);
    expect(d.headline).toMatchObject({
      reported: 3,
      verified: 2,
      active: 1,
      neverServed: 1,
      activities: 1,
      participations: 1,
      hours: 4,
    });
    expect(ids(d.lists.neverServed.members)).toEqual(ids([w.bb2]));
    expect(d.byEmployer.every((e) => e.id !== w.u1.id)).toBe(true);
  });

  it("is forbidden to members, unit admins and street admins", async () => {
    for (const actor of [w.memberActor, w.unitAdmin, w.admin]) {
      await expect(getCommunityDashboard({ actor, now: NOW, input: { year: YEAR } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(remindFollowUpList({ actor, input: { list: "neverServed" }, now: NOW })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
  });
});

describe("one-click reminders", () => {
  const reminders = () => db().notification.findMany({ where: { kind: "serviceReminder" }, orderBy: { id: "asc" } });
  const form = (list: string) => {
    const data = new FormData();
    data.append("list", list);
    return data;
  };

  it("go through the action wrapper: a second click the same day sends nothing", async () => {
    await db().notification.deleteMany({ where: { kind: "serviceReminder" } });
    // the real action definition, at the real "now" (the never-served list does not depend on the year)
    const first = await executeAction(remindActionDefinition, w.secretaryA, form("neverServed"));
    expect(first).toEqual({ ok: true, message: "dashboard.remind.done", data: { listed: 3, withAccount: 2, sent: 2 } });
    const again = await executeAction(remindActionDefinition, w.secretaryA, form("neverServed"));
    expect(again).toEqual({ ok: true, message: "dashboard.remind.done", data: { listed: 3, withAccount: 2, sent: 0 } });
    expect((await reminders()).map((n) => n.dedupeKey).sort()).toEqual(
      [w.m.m3.id, w.m.m10.id].map((id) => `serviceReminder:neverServed:${id}:${beijingDay(new Date())}`).sort(),
    );
    expect(await executeAction(remindActionDefinition, w.memberActor, form("neverServed"))).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await executeAction(remindActionDefinition, w.secretaryA, form("everyone"))).toMatchObject({
      ok: false,
      message: "errors.checkForm",
    });
  });

  it("go only to members on the list with an account, once a day however often it is clicked", async () => {
    await db().notification.deleteMany({ where: { kind: "serviceReminder" } });
    await db().auditEvent.deleteMany({ where: { action: "dashboard.remind" } });
    expect(await remindFollowUpList({ actor: w.secretaryA, input: { list: "neverServed" }, now: NOW })).toEqual({
      listed: 3,
      withAccount: 2,
      sent: 2,
    });
    expect(await remindFollowUpList({ actor: w.secretaryA, input: { list: "neverServed" }, now: NOW })).toEqual({
      listed: 3,
      withAccount: 2,
      sent: 0,
    });

    const sent = await reminders();
    expect(sent.map((n) => n.userId).sort()).toEqual([w.m.m3.userId, w.m.m10.userId].sort());
    expect(sent.find((n) => n.userId === w.m.m3.userId)).toMatchObject({
      params: { community: "甲社区", list: "neverServed" },
      link: "/me/activities",
      dedupeKey: `serviceReminder:neverServed:${w.m.m3.id}:2025-06-15`,
      readAt: null,
    });

    const audits = await db().auditEvent.findMany({ where: { action: "dashboard.remind", entityId: w.A.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      entityType: "Organization",
      scopeOrgId: w.A.id,
      actorId: w.secretaryA.userId,
      after: { list: "neverServed", listed: 3, withAccount: 2, sent: 2 },
    });

    // 40 minutes later it is the 16th in Beijing (still the 15th in UTC): a new day, a new reminder
    const nextDay = await remindFollowUpList({
      actor: w.secretaryA,
      input: { list: "neverServed" },
      now: new Date(NOW.getTime() + 40 * 60_000),
    });
    expect(nextDay).toEqual({ listed: 3, withAccount: 2, sent: 2 });
    expect((await reminders()).filter((n) => n.dedupeKey?.endsWith(":2025-06-16"))).toHaveLength(2);
  });

  it("skip members without an account or with a disabled one on the pledge list", async () => {
    await db().notification.deleteMany({ where: { kind: "serviceReminder" } });
    // m3 (account), m4 (no account), m5 (account disabled)
    expect(await remindFollowUpList({ actor: w.secretaryA, input: { list: "pledgedNoSignup" }, now: NOW })).toEqual({
      listed: 3,
      withAccount: 1,
      sent: 1,
    });
    const sent = await reminders();
    expect(sent.map((n) => [n.userId, n.dedupeKey])).toEqual([
      [w.m.m3.userId, `serviceReminder:pledgedNoSignup:${w.m.m3.id}:2025-06-15`],
    ]);
  });

  it("of one community never reach another community's members", async () => {
    await db().notification.deleteMany({ where: { kind: "serviceReminder" } });
    expect(await remindFollowUpList({ actor: w.secretaryB, input: { list: "neverServed" }, now: NOW })).toEqual({
      listed: 1,
      withAccount: 1,
      sent: 1,
    });
    expect((await reminders()).map((n) => n.userId)).toEqual([w.bb2.userId]);
  });
});

describe("the street dashboard", () => {
  it("compares only the admin's street's communities, not archived ones", async () => {
    const d = await getStreetDashboard({ actor: w.admin, now: NOW, input: { year: YEAR } });
    expect(d.street.id).toBe(w.street.id);
    expect(d.communities).toEqual([
      {
        id: w.A.id,
        name: "甲社区",
        reported: 8,
        verified: 7,
        active: 2,
        rate: 2 / 7,
        activities: 3,
        participations: 4,
        hours: 7,
        neverServed: 3,
      },
      {
        id: w.B.id,
        name: "乙社区",
        reported: 3,
        verified: 2,
        active: 1,
        rate: 1 / 2,
        activities: 1,
        participations: 1,
        hours: 4,
        neverServed: 1,
      },
    ]);
    expect(d.headline).toEqual({
      communities: 2,
      reported: 11,
      pending: 2,
      verified: 9,
      active: 3,
      neverServed: 4,
      activities: 4,
      participations: 5,
      hours: 11,
      verifiedRate: 9 / 11,
      activeRate: 3 / 9,
    });
    expect(d.trend.filter((m) => m.activities || m.participations)).toEqual([
      { month: 1, activities: 1, participations: 1, participants: 1, hours: 2 },
      { month: 2, activities: 1, participations: 1, participants: 1, hours: 4 },
      { month: 3, activities: 2, participations: 3, participants: 2, hours: 5 },
    ]);
  });

  it("sorts by any column", async () => {
    const byRate = await getStreetDashboard({ actor: w.admin, now: NOW, input: { year: YEAR, sort: "rate", dir: "desc" } });
    expect(byRate.communities.map((c) => c.name)).toEqual(["乙社区", "甲社区"]);
    const byHours = await getStreetDashboard({ actor: w.admin, now: NOW, input: { year: YEAR, sort: "hours", dir: "asc" } });
    expect(byHours.communities.map((c) => c.name)).toEqual(["乙社区", "甲社区"]);
    const byReported = await getStreetDashboard({
      actor: w.admin,
      now: NOW,
      input: { year: YEAR, sort: "reported", dir: "desc" },
    });
    expect(byReported.communities.map((c) => c.name)).toEqual(["甲社区", "乙社区"]);
  });

  it("shows another street's admin only that street", async () => {
    const d = await getStreetDashboard({ actor: w.otherAdmin, now: NOW, input: { year: YEAR } });
    expect(d.communities.map((c) => c.id)).toEqual([w.C.id]);
    expect(d.headline).toMatchObject({ verified: 1, active: 1, hours: 6 });
  });

  it("is forbidden to secretaries, members and unit admins", async () => {
    for (const actor of [w.secretaryA, w.memberActor, w.unitAdmin]) {
      await expect(getStreetDashboard({ actor, now: NOW, input: { year: YEAR } })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
