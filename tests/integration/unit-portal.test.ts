import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  exportUnitMembers,
  MEMBERS_SHEET,
  memberColumns,
  RECORD_COLUMNS,
  RECORDS_SHEET,
} from "@/lib/unit-portal/export-unit-members";
import { getUnitDashboard } from "@/lib/unit-portal/get-unit-dashboard";
import { getUnitMember } from "@/lib/unit-portal/get-unit-member";
import { listUnitMemberFilterOptions } from "@/lib/unit-portal/list-unit-member-filter-options";
import { listUnitMembers } from "@/lib/unit-portal/list-unit-members";
import { parseUnitMemberFilter } from "@/lib/unit-portal/unit-member-filter";
import {
  categoryIdOf as category,
  createActivity,
  createBuilding,
  createCommunity,
  createGrid,
  createMember,
  createRecord,
  createUser,
  createWorkUnit,
} from "@/prisma/factories";
import { readWorkbook } from "../support/roster-files";
import { actorFor, createStreetWorld } from "../support/world";

const MASKED = /^\d{3}\*{4}\d{4}$/;
/** An instant given as Beijing wall time. */
const beijing = (local: string) => new Date(`${local}+08:00`);
const NOW = beijing("2026-11-26T12:00:00");
const filterOf = (params: Record<string, string> = {}) => parseUnitMemberFilter(params, NOW);

let activitySeq = 0;
function activity(communityId: string, startsAt: Date, category: string) {
  activitySeq += 1;
  return createActivity({
    communityId,
    startsAt,
    category,
    title: `服务活动${activitySeq}`,
    capacity: 20,
    signupDeadline: new Date(startsAt.getTime() - 3_600_000),
  });
}

/** Only CONFIRMED records carry a confirmation time here (a NO_SHOW was never confirmed). */
const record = (
  a: { id: string; communityId: string },
  member: { id: string },
  status: AttendanceStatus,
  hours: number,
  points = 0,
) =>
  createRecord({
    activity: a,
    memberId: member.id,
    status,
    hours,
    points,
    confirmedAt: status === "CONFIRMED" ? new Date() : null,
  });

/**
 * Unit U's people live in communities A and B; unit V's people and a resident member live there too.
 *   甲 (A, ACTIVE): 2026-01-01 00:30 Beijing CIVILITY 1.5 h, 2026-03-10 ENVIRONMENT 2 h, a NO_SHOW in March; 6 points
 *   甲's earlier entry in B (MOVED_OUT, same account): 2026-03-20 ENVIRONMENT 3 h
 *   乙 (B, ACTIVE): 2025-12-31 23:30 Beijing AID 4 h (that is 2025)
 *   丙 (A, ACTIVE): nothing                 丁 (B, ACTIVE): only a NO_SHOW in 2026
 *   戊 (A, PENDING)                          己 (B, ACTIVE): only a CHECKED_IN, not confirmed
 *   V's 庚 (A) and the resident 辛 (A) served at the same March activity; 庚 has an entry in C too
 */
async function portalWorld() {
  const a = await createStreetWorld();
  const street = a.street;
  const communityB = await createCommunity({ streetId: street.id, name: `B社区${Date.now()}` });
  const gridB = await createGrid({ community: communityB, name: "B网格" });
  const buildingB = await createBuilding({ grid: gridB, name: "B1号楼" });
  const communityC = await createCommunity({ streetId: street.id, name: `C社区${Date.now()}` });
  const unit = await createWorkUnit({ streetId: street.id, name: `东湖区人民医院${Date.now()}` });
  const other = await createWorkUnit({ streetId: street.id, name: `星河物流${Date.now()}` });
  const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
  const otherAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: other.id }] })).id);

  const inA = { communityId: a.community.id, gridId: a.grid.id, buildingId: a.building.id, employerUnitId: unit.id };
  const inB = { communityId: communityB.id, gridId: gridB.id, buildingId: buildingB.id, employerUnitId: unit.id };
  const jiaUser = await createUser({ name: "甲" });
  const jia = await createMember({
    ...inA,
    name: "甲",
    userId: jiaUser.id,
    phone: jiaUser.phone,
    room: "1-101",
    reportedAt: beijing("2025-06-01T10:00:00"),
  });
  const jiaOld = await createMember({
    ...inB,
    name: "甲",
    userId: jiaUser.id,
    phone: jiaUser.phone,
    status: "MOVED_OUT",
    reportedAt: beijing("2024-01-01T10:00:00"),
  });
  const yi = await createMember({ ...inB, name: "乙" });
  const bing = await createMember({ ...inA, name: "丙" });
  const ding = await createMember({ ...inB, name: "丁" });
  const wu = await createMember({ ...inA, name: "戊", status: "PENDING" });
  const ji = await createMember({ ...inB, name: "己" });
  const gengUser = await createUser({ name: "庚" });
  const geng = await createMember({ ...inA, employerUnitId: other.id, name: "庚", userId: gengUser.id, phone: gengUser.phone });
  const gengInC = await createMember({
    communityId: communityC.id,
    employerUnitId: other.id,
    name: "庚",
    userId: gengUser.id,
    phone: gengUser.phone,
  });
  const xin = await createMember({ communityId: a.community.id, name: "辛", kind: "RESIDENT" });
  const gengB = await createMember({ ...inB, employerUnitId: other.id, name: "庚乙" });

  const newYear = await activity(a.community.id, beijing("2026-01-01T00:30:00"), "CIVILITY");
  const marchA = await activity(a.community.id, beijing("2026-03-10T09:00:00"), "ENVIRONMENT");
  const marchA2 = await activity(a.community.id, beijing("2026-03-15T09:00:00"), "ENVIRONMENT");
  const marchB = await activity(communityB.id, beijing("2026-03-20T09:00:00"), "ENVIRONMENT");
  const oldYear = await activity(communityB.id, beijing("2025-12-31T23:30:00"), "AID");
  const juneB = await activity(communityB.id, beijing("2026-06-01T09:00:00"), "SECURITY");

  const jiaNewYear = await record(newYear, jia, "CONFIRMED", 1.5, 3);
  const jiaMarch = await record(marchA, jia, "CONFIRMED", 2, 5);
  await record(marchA2, jia, "NO_SHOW", 2);
  await record(marchB, jiaOld, "CONFIRMED", 3, 4);
  await record(oldYear, yi, "CONFIRMED", 4, 8);
  await record(juneB, ding, "NO_SHOW", 2);
  await record(juneB, ji, "CHECKED_IN", 2);
  await record(marchA, geng, "CONFIRMED", 2, 5);
  await record(marchA, xin, "CONFIRMED", 2, 5);
  await record(juneB, gengB, "CONFIRMED", 5, 5);

  // 甲's ledger in A: 3 + 5 earned, 2 redeemed = 6
  await db().pointsEntry.createMany({
    data: [
      { memberId: jia.id, communityId: a.community.id, kind: "EARN", amount: 3, recordId: jiaNewYear.id, activityId: newYear.id },
      { memberId: jia.id, communityId: a.community.id, kind: "EARN", amount: 5, recordId: jiaMarch.id, activityId: marchA.id },
      { memberId: jia.id, communityId: a.community.id, kind: "REDEEM", amount: -2 },
      { memberId: geng.id, communityId: a.community.id, kind: "EARN", amount: 5 },
    ],
  });

  return {
    a,
    communityB,
    communityC,
    unit,
    other,
    unitAdmin,
    otherAdmin,
    jia,
    jiaOld,
    yi,
    bing,
    ding,
    wu,
    ji,
    geng,
    gengInC,
    xin,
    gengB,
  };
}

type World = Awaited<ReturnType<typeof portalWorld>>;

async function listNames(actor: Actor, params: Record<string, string> = {}) {
  const { rows } = await listUnitMembers({ actor, input: { filter: filterOf(params) } });
  return rows.map((r) => r.name);
}

async function exportSheets(world: World, params: Record<string, string> = {}) {
  const file = await exportUnitMembers({ actor: world.unitAdmin, now: NOW, input: { filter: filterOf(params) } });
  const sheets = await readWorkbook(file.data);
  return { file, members: sheets.get(MEMBERS_SHEET)!, records: sheets.get(RECORDS_SHEET)! };
}

describe("unit portal: dashboard", () => {
  it("counts the unit's roster entries wherever they live: reported, verified, active in the year, never served", async () => {
    const w = await portalWorld();
    const d = await getUnitDashboard({ actor: w.unitAdmin, input: { year: 2026 } });
    expect(d.unit.id).toBe(w.unit.id);
    // 甲, 甲 (moved out), 乙, 丙, 丁, 戊, 己; not 庚, 庚乙 (other unit) or 辛 (no employer)
    expect(d.counts).toEqual({ reported: 7, verified: 5, pending: 1, active: 2, neverServed: 3 });
    expect(d.communities).toEqual([
      { id: w.communityB.id, name: w.communityB.name, reported: 4, verified: 3, pending: 0, active: 1, neverServed: 2 },
      { id: w.a.community.id, name: w.a.community.name, reported: 3, verified: 2, pending: 1, active: 1, neverServed: 1 },
    ]);
    // 2025: only 乙 served
    expect((await getUnitDashboard({ actor: w.unitAdmin, input: { year: 2025 } })).counts).toEqual({
      reported: 7,
      verified: 5,
      pending: 1,
      active: 1,
      neverServed: 3,
    });
    // the other unit sees its own three only
    expect((await getUnitDashboard({ actor: w.otherAdmin, input: { year: 2026 } })).counts).toEqual({
      reported: 3,
      verified: 3,
      pending: 0,
      active: 2,
      neverServed: 1,
    });
  });

  it("sums confirmed hours and records by Beijing month and by category, without other units or no-shows", async () => {
    const w = await portalWorld();
    const d = await getUnitDashboard({ actor: w.unitAdmin, input: { year: 2026 } });
    expect(d.total).toEqual({ records: 3, members: 2, hours: 6.5 });
    expect(d.months).toHaveLength(12);
    // 2026-01-01 00:30 in Beijing is still 2025 in UTC, and belongs to January 2026
    expect(d.months[0]).toEqual({ month: 1, records: 1, members: 1, hours: 1.5 });
    expect(d.months[2]).toEqual({ month: 3, records: 2, members: 2, hours: 5 });
    expect(d.months.filter((m) => m.month !== 1 && m.month !== 3).every((m) => m.records === 0 && m.hours === 0)).toBe(true);
    const byCode = Object.fromEntries(d.categories.map((c) => [c.code, { records: c.records, hours: c.hours }]));
    expect(byCode).toEqual({
      ENVIRONMENT: { records: 2, hours: 5 },
      CIVILITY: { records: 1, hours: 1.5 },
      AID: { records: 0, hours: 0 },
      SECURITY: { records: 0, hours: 0 },
      PUBLICITY: { records: 0, hours: 0 },
      CULTURE: { records: 0, hours: 0 },
      ADVICE: { records: 0, hours: 0 },
      SELF_PROPOSED: { records: 0, hours: 0 },
    });
    expect(d.categories.reduce((n, c) => n + c.hours, 0)).toBe(d.total.hours);
    expect(d.months.reduce((n, m) => n + m.records, 0)).toBe(d.total.records);

    // 2025-12-31 23:30 Beijing is December 2025
    const last = await getUnitDashboard({ actor: w.unitAdmin, input: { year: 2025 } });
    expect(last.total).toEqual({ records: 1, members: 1, hours: 4 });
    expect(last.months[11]).toEqual({ month: 12, records: 1, members: 1, hours: 4 });
    expect(last.categories.find((c) => c.code === "AID")).toMatchObject({ records: 1, hours: 4 });
  });
});

describe("unit portal: members list", () => {
  it("lists only the unit's own members, phones masked, with this year's figures, points and last service", async () => {
    const w = await portalWorld();
    const list = await listUnitMembers({ actor: w.unitAdmin, input: { filter: filterOf({ year: "2026" }) } });
    expect(list.total).toBe(7);
    expect(list.rows.map((r) => r.name).sort()).toEqual(["丁", "丙", "乙", "己", "戊", "甲", "甲"].sort());
    const ids = list.rows.map((r) => r.id);
    for (const foreign of [w.geng, w.gengB, w.xin, w.gengInC]) expect(ids).not.toContain(foreign.id);
    for (const row of list.rows) expect(row.phone).toMatch(MASKED);
    expect(JSON.stringify(list.rows)).not.toContain(w.jia.phone);

    const jia = list.rows.find((r) => r.id === w.jia.id)!;
    expect(jia).toMatchObject({
      communityName: w.a.community.name,
      buildingName: w.a.building.name,
      room: "1-101",
      status: "ACTIVE",
      activities: 2,
      hours: 3.5,
      points: 6,
    });
    expect(jia.lastService).toEqual(beijing("2026-03-10T09:00:00"));
    expect(list.rows.find((r) => r.id === w.jiaOld.id)).toMatchObject({
      communityName: w.communityB.name,
      status: "MOVED_OUT",
      activities: 1,
      hours: 3,
      points: 0,
    });
    // 乙 served in 2025 only
    expect(list.rows.find((r) => r.id === w.yi.id)).toMatchObject({
      activities: 0,
      hours: 0,
      lastService: beijing("2025-12-31T23:30:00"),
    });
    expect(list.rows.find((r) => r.id === w.ding.id)).toMatchObject({ activities: 0, hours: 0, lastService: null });
    // the same figures when the year changes
    const y2025 = await listUnitMembers({ actor: w.unitAdmin, input: { filter: filterOf({ year: "2025" }) } });
    expect(y2025.rows.find((r) => r.id === w.yi.id)).toMatchObject({ activities: 1, hours: 4 });
  });

  it("filters by name, community, status, served, category and month, and sorts by figures", async () => {
    const w = await portalWorld();
    const u = w.unitAdmin;
    expect(await listNames(u, { q: "甲" })).toEqual(["甲", "甲"]);
    expect(await listNames(u, { q: "%" })).toEqual([]);
    expect((await listNames(u, { communityId: w.a.community.id })).sort()).toEqual(["丙", "戊", "甲"].sort());
    expect((await listNames(u, { status: "ACTIVE", served: "never" })).sort()).toEqual(["丁", "丙", "己"].sort());
    expect((await listNames(u, { served: "yes" })).sort()).toEqual(["乙", "甲", "甲"].sort());
    expect((await listNames(u, { served: "year", year: "2026" })).sort()).toEqual(["甲", "甲"]);
    expect(await listNames(u, { served: "year", year: "2025" })).toEqual(["乙"]);
    expect((await listNames(u, { served: "notYear", year: "2026", status: "ACTIVE" })).sort()).toEqual(
      ["丁", "丙", "乙", "己"].sort(),
    );
    const env = await category("ENVIRONMENT");
    const envIds = (await listUnitMembers({ actor: u, input: { filter: filterOf({ categoryId: env, year: "2026" }) } })).rows
      .map((r) => r.id)
      .sort();
    expect(envIds).toEqual([w.jia.id, w.jiaOld.id].sort());
    const janIds = (await listUnitMembers({ actor: u, input: { filter: filterOf({ month: "1", year: "2026" }) } })).rows.map(
      (r) => r.id,
    );
    expect(janIds).toEqual([w.jia.id]);
    // another unit's community id in the URL gives nothing of theirs
    expect(await listNames(u, { communityId: w.communityC.id })).toEqual([]);

    const byHours = (
      await listUnitMembers({ actor: u, input: { filter: filterOf({ sort: "hours", dir: "desc", year: "2026" }) } })
    ).rows;
    expect(byHours.slice(0, 2).map((r) => [r.id, r.hours])).toEqual([
      [w.jia.id, 3.5],
      [w.jiaOld.id, 3],
    ]);
    const byLast = (await listUnitMembers({ actor: u, input: { filter: filterOf({ sort: "lastService", dir: "desc" }) } })).rows;
    expect(byLast.slice(0, 3).map((r) => r.id)).toEqual([w.jiaOld.id, w.jia.id, w.yi.id]);
    const byName = (await listUnitMembers({ actor: u, input: { filter: filterOf({ sort: "name", dir: "asc" }) } })).rows.map(
      (r) => r.name,
    );
    expect(byName).toEqual([...byName].sort());
  });

  it("offers the communities where the unit's members live", async () => {
    const w = await portalWorld();
    const options = await listUnitMemberFilterOptions({ actor: w.unitAdmin });
    expect(options.communities.map((c) => [c.id, c.members]).sort()).toEqual(
      [
        [w.a.community.id, 3],
        [w.communityB.id, 4],
      ].sort(),
    );
    expect(options.categories.map((c) => c.code)).toContain("ENVIRONMENT");
  });
});

describe("unit portal: member detail", () => {
  it("shows every entry of the person with this unit as employer, with pledges, records, points and published stars", async () => {
    const w = await portalWorld();
    const round = await db().starRatingRound.create({
      data: { communityId: w.a.community.id, year: 2025, status: "FINAL", thresholds: [10, 20, 40, 60, 80] },
    });
    await db().starRating.create({
      data: {
        roundId: round.id,
        memberId: w.jia.id,
        communityId: w.a.community.id,
        year: 2025,
        points: 42,
        activities: 5,
        score: 42,
        stars: 3,
      },
    });
    const draft = await db().starRatingRound.create({
      data: { communityId: w.communityB.id, year: 2026, status: "DRAFT", thresholds: [10, 20, 40, 60, 80] },
    });
    await db().starRating.create({
      data: {
        roundId: draft.id,
        memberId: w.jiaOld.id,
        communityId: w.communityB.id,
        year: 2026,
        points: 4,
        activities: 1,
        score: 4,
        stars: 0,
      },
    });

    const detail = await getUnitMember({ actor: w.unitAdmin, input: { id: w.jiaOld.id } });
    expect(detail.name).toBe("甲");
    expect(detail.phone).toMatch(MASKED);
    // newest entry first
    expect(detail.entries.map((e) => e.id)).toEqual([w.jia.id, w.jiaOld.id]);
    const inA = detail.entries.find((e) => e.id === w.jia.id)!;
    expect(inA.community).toBe(w.a.community.name);
    expect(inA.phone).toMatch(MASKED);
    expect(inA.service.totals).toMatchObject({ balance: 6, activities: 2, hours: 3.5 });
    // the NO_SHOW is in the record list but not in the totals
    expect(inA.service.records.map((r) => r.status).sort()).toEqual(["CONFIRMED", "CONFIRMED", "NO_SHOW"]);
    expect(detail.entries.find((e) => e.id === w.jiaOld.id)!.service.totals).toMatchObject({ activities: 1, hours: 3 });
    expect(detail.totals).toMatchObject({ balance: 6, activities: 3, hours: 6.5 });
    expect(detail.ratings).toEqual([
      expect.objectContaining({ year: 2025, stars: 3, community: w.a.community.name, final: true }),
    ]);
    expect(JSON.stringify(detail)).not.toContain(w.jia.phone);
  });

  it("leaves out the person's entries employed elsewhere", async () => {
    const w = await portalWorld();
    const detail = await getUnitMember({ actor: w.otherAdmin, input: { id: w.geng.id } });
    expect(detail.entries.map((e) => e.id).sort()).toEqual([w.geng.id, w.gengInC.id].sort());
    await db().member.update({ where: { id: w.gengInC.id }, data: { employerUnitId: w.unit.id } });
    expect((await getUnitMember({ actor: w.otherAdmin, input: { id: w.geng.id } })).entries.map((e) => e.id)).toEqual([
      w.geng.id,
    ]);
  });

  it("is not found for another unit's member, a resident member, an unknown or malformed id", async () => {
    const w = await portalWorld();
    for (const id of [w.geng.id, w.gengB.id, w.xin.id, "0193a3b4-0000-7000-8000-000000000000", "not-an-id"]) {
      await expect(getUnitMember({ actor: w.unitAdmin, input: { id } })).rejects.toThrow(NotFoundError);
    }
    await expect(getUnitMember({ actor: w.otherAdmin, input: { id: w.jia.id } })).rejects.toThrow(NotFoundError);
  });
});

describe("unit portal: export", () => {
  it("exports the filtered members with masked phones and the year's confirmed records", async () => {
    const w = await portalWorld();
    const { file, members, records } = await exportSheets(w, { communityId: w.a.community.id, year: "2026" });
    expect(members[0]).toEqual(memberColumns(2026).map((c) => c.header));
    expect(records[0]).toEqual(RECORD_COLUMNS.map((c) => c.header));
    const body = members.slice(1);
    expect(body.map((r) => r[0]).sort()).toEqual(["丙", "戊", "甲"].sort());
    expect(file.rowCount).toBe(3);
    for (const row of body) expect(row[5]).toMatch(MASKED);
    const jia = body.find((r) => r[0] === "甲")!;
    expect(jia).toEqual([
      "甲",
      w.a.community.name,
      w.a.grid.name,
      w.a.building.name,
      "1-101",
      expect.stringMatching(MASKED),
      "已通过",
      "2",
      "3.5",
      "6",
      "2026-03-10",
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    ]);
    // 甲's two confirmed records in A; not the NO_SHOW, not 甲's B entry (filtered out), not 庚 or 辛
    expect(records.slice(1)).toEqual([
      ["甲", w.a.community.name, "2026-01-01", expect.any(String), "文明创建", "1.5", "3"],
      ["甲", w.a.community.name, "2026-03-10", expect.any(String), "环境维护", "2", "5"],
    ]);
    expect(file.recordCount).toBe(2);
    const all = JSON.stringify([members, records]);
    for (const m of [w.jia, w.bing, w.wu, w.geng, w.xin]) expect(all).not.toContain(m.phone);
    expect(all).not.toContain("庚");
    expect(file.fileName).toBe(`本单位党员服务情况-${w.unit.name}-2026年-2026-11-26.xlsx`);
    expect(file.asciiFileName).toBe("unit-members-2026-2026-11-26.xlsx");
  });

  it("follows served, year, category and status filters", async () => {
    const w = await portalWorld();
    const never = await exportSheets(w, { status: "ACTIVE", served: "never" });
    expect(
      never.members
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["丁", "丙", "己"].sort());
    expect(never.records.slice(1)).toEqual([]);

    const y2025 = await exportSheets(w, { year: "2025" });
    expect(y2025.members[0][7]).toBe("2025年参加活动（次）");
    expect(y2025.members.slice(1)).toHaveLength(7);
    expect(y2025.records.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([["乙", "2025-12-31", "扶贫帮困", "4"]]);

    const env = await exportSheets(w, { categoryId: await category("ENVIRONMENT"), year: "2026" });
    expect(
      env.members
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([w.a.community.name, w.communityB.name].sort());
    // only the category's records: not 甲's CIVILITY one on New Year's night
    expect(
      env.records
        .slice(1)
        .map((r) => [r[1], r[2], r[5]])
        .sort(),
    ).toEqual(
      [
        [w.a.community.name, "2026-03-10", "2"],
        [w.communityB.name, "2026-03-20", "3"],
      ].sort(),
    );
  });
});

describe("unit portal: who may", () => {
  it("refuses secretaries, members and street admins in every use case", async () => {
    const w = await portalWorld();
    const member = await actorFor((await createUser({ grants: [{ role: "MEMBER", organizationId: w.a.community.id }] })).id);
    for (const actor of [w.a.secretary, member, w.a.admin]) {
      await expect(getUnitDashboard({ actor, input: { year: 2026 } })).rejects.toThrow(ForbiddenError);
      await expect(listUnitMembers({ actor, input: { filter: filterOf() } })).rejects.toThrow(ForbiddenError);
      await expect(listUnitMemberFilterOptions({ actor })).rejects.toThrow(ForbiddenError);
      await expect(getUnitMember({ actor, input: { id: w.jia.id } })).rejects.toThrow(ForbiddenError);
      await expect(exportUnitMembers({ actor, input: { filter: filterOf() } })).rejects.toThrow(ForbiddenError);
    }
  });
});
