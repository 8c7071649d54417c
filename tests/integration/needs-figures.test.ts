import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { exportNeedsLedger, LEDGER_COLUMNS, LEDGER_SHEET } from "@/lib/needs/export-needs-ledger";
import { getNeedsFigures } from "@/lib/needs/get-needs-figures";
import { listOverdueNeeds } from "@/lib/needs/overdue-needs";
import { remindOverdueNeeds, remindOverdueNeedsSchema } from "@/lib/needs/remind-overdue-needs";
import {
  createBuilding,
  createCommunity,
  createGrid,
  createMember,
  createStreet,
  createUser,
  createWorkUnit,
} from "@/prisma/factories";
import { createNeedClaimRow, createNeedRow } from "@/prisma/need-factories";
import { readWorkbook } from "../support/roster-files";
import { actorFor, createStreetWorld } from "../support/world";

const beijing = (local: string) => new Date(`${local}+08:00`);
const HOUR = 3_600_000;
const after = (d: Date, hours: number) => new Date(d.getTime() + hours * HOUR);

/**
 * Community A (grids G1, G2) and B in one street; another street's need that never counts.
 *   n1 WISH G1: received 03-01, claimed +24 h by 甲 (unit U), done +72 h, confirmed, rated 5
 *   n2 SERVICE G1: received 03-02, claimed +120 h by 乙 (no unit), done +240 h, confirmed, rated 3
 *   n3 SERVICE G2: received 04-01, published, unclaimed
 *   n4 PROBLEM G2: received 04-02, rejected
 *   n5: received 2025-12-31 23:00 Beijing: another year
 *   n6 in B: received 05-01, claimed +48 h by 甲 (still at it)
 */
async function figuresWorld() {
  const w = await createStreetWorld();
  const a = w.community;
  const g1 = w.grid;
  const b1 = w.building;
  const g2 = await createGrid({ community: a, name: "二网格" });
  const b2 = await createBuilding({ grid: g2, name: "8号楼" });
  const communityB = await createCommunity({ streetId: w.street.id });
  const unit = await createWorkUnit({ streetId: w.street.id, name: `东湖区人民医院${Date.now()}` });
  const jia = await createMember({ communityId: a.id, employerUnitId: unit.id, name: "甲" });
  const yi = await createMember({ communityId: a.id, name: "乙" });
  const t1 = beijing("2026-03-01T10:00:00");
  const n1 = await createNeedRow({
    community: a,
    gridId: g1.id,
    buildingId: b1.id,
    kind: "WISH",
    status: "CONFIRMED",
    createdAt: t1,
    firstClaimedAt: after(t1, 24),
    doneAt: after(t1, 72),
    confirmedAt: after(t1, 80),
    rating: 5,
    residentPhone: "13811112222",
  });
  await createNeedClaimRow({ need: n1, memberId: jia.id, status: "DONE" });
  const t2 = beijing("2026-03-02T10:00:00");
  const n2 = await createNeedRow({
    community: a,
    gridId: g1.id,
    buildingId: b1.id,
    status: "CONFIRMED",
    createdAt: t2,
    firstClaimedAt: after(t2, 120),
    doneAt: after(t2, 240),
    rating: 3,
  });
  await createNeedClaimRow({ need: n2, memberId: yi.id, status: "DONE" });
  await createNeedRow({
    community: a,
    gridId: g2.id,
    buildingId: b2.id,
    status: "PUBLISHED",
    createdAt: beijing("2026-04-01T09:00:00"),
  });
  await createNeedRow({
    community: a,
    gridId: g2.id,
    kind: "PROBLEM",
    status: "REJECTED",
    createdAt: beijing("2026-04-02T09:00:00"),
  });
  await createNeedRow({ community: a, gridId: g1.id, status: "CONFIRMED", createdAt: beijing("2025-12-31T23:00:00"), rating: 1 });
  const t6 = beijing("2026-05-01T10:00:00");
  const n6 = await createNeedRow({ community: communityB, status: "CLAIMED", createdAt: t6, firstClaimedAt: after(t6, 48) });
  await createNeedClaimRow({ need: n6, memberId: jia.id });
  const otherStreet = await createStreet();
  const otherCommunity = await createCommunity({ streetId: otherStreet.id });
  await createNeedRow({ community: otherCommunity, status: "CONFIRMED", createdAt: t1, firstClaimedAt: t1, rating: 1 });
  return { ...w, g1, g2, unit, communityB };
}

describe("the needs figures", () => {
  it("counts the secretary's community for the year: totals, share claimed in 3 days, medians, rating, breakdowns", async () => {
    const w = await figuresWorld();
    const f = await getNeedsFigures({ actor: w.secretary, input: { year: 2026 } });
    expect(f.total).toEqual({
      received: 4,
      inLoop: 3,
      claimed: 2,
      completed: 2,
      confirmed: 2,
      claimedIn3DaysShare: 1 / 3,
      medianHoursToClaim: 72,
      medianHoursToComplete: 156,
      averageRating: 4,
      rated: 2,
    });
    expect(f.byKind.map((k) => [k.kind, k.received, k.claimed])).toEqual([
      ["WISH", 1, 1],
      ["SERVICE", 2, 1],
      ["PROBLEM", 1, 0],
    ]);
    expect(f.byGrid.map((g) => [g.id, g.received, g.completed])).toEqual(
      expect.arrayContaining([
        [w.g1.id, 2, 2],
        [w.g2.id, 2, 0],
      ]),
    );
    expect(f.byCategory.reduce((n, c) => n + c.received, 0)).toBe(4);
    expect(f.byEmployer).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: w.unit.id, claimed: 1, completed: 1, members: 1 }),
        expect.objectContaining({ unitId: null, name: null, claimed: 1, completed: 1, members: 1 }),
      ]),
    );
    expect(f.byCommunity).toEqual([]);
    const earlier = await getNeedsFigures({ actor: w.secretary, input: { year: 2025 } });
    expect(earlier.total).toMatchObject({ received: 1, averageRating: 1, claimedIn3DaysShare: 0 });
    const none = await getNeedsFigures({ actor: w.secretary, input: { year: 2020 } });
    expect(none.total).toMatchObject({ received: 0, claimedIn3DaysShare: null, medianHoursToClaim: null, averageRating: null });
  });

  it("counts the street admin's street by community, and no other street", async () => {
    const w = await figuresWorld();
    const f = await getNeedsFigures({ actor: w.admin, input: { year: 2026 } });
    expect(f.total).toMatchObject({
      received: 5,
      inLoop: 4,
      claimed: 3,
      completed: 2,
      claimedIn3DaysShare: 0.5,
      medianHoursToClaim: 48,
    });
    expect(f.byCommunity.map((c) => [c.id, c.received])).toEqual(
      expect.arrayContaining([
        [w.community.id, 4],
        [w.communityB.id, 1],
      ]),
    );
    expect(f.byEmployer.find((e) => e.unitId === w.unit.id)).toMatchObject({ claimed: 2, completed: 1, members: 1 });
  });

  it("is for secretaries and street admins only", async () => {
    const w = await figuresWorld();
    const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: w.unit.id }] })).id);
    await expect(getNeedsFigures({ actor: unitAdmin, input: { year: 2026 } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportNeedsLedger({ actor: unitAdmin, input: { year: 2026 } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the needs ledger export", () => {
  it("lists the year's needs with phones masked and no rooms", async () => {
    const w = await figuresWorld();
    const file = await exportNeedsLedger({ actor: w.secretary, input: { year: 2026 }, now: beijing("2026-06-01T10:00:00") });
    expect(file.rowCount).toBe(4);
    expect(file.fileName).toMatch(/^群众需求台账-.*-2026-2026-06-01\.xlsx$/);
    const rows = (await readWorkbook(file.data)).get(LEDGER_SHEET)!;
    expect(rows[0]).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(5);
    const first = rows[1];
    expect(first[10]).toBe("138****2222");
    expect(first[9]).toBe("王*");
    expect(first[5]).toBe("微心愿");
    expect(first[13]).toBe("甲");
    expect(first[17]).toBe("5");
    const text = JSON.stringify(rows);
    expect(text).not.toContain("13811112222");
    expect(text).not.toContain("3-201");
    // the street's ledger has the other community's need too
    expect((await exportNeedsLedger({ actor: w.admin, input: { year: 2026 } })).rowCount).toBe(5);
  });
});

describe("overdue needs and reminders", () => {
  const NOW = beijing("2026-05-20T10:00:00");

  /** Community A waits 3 days; B the default 7. */
  async function overdueWorld() {
    const w = await createStreetWorld();
    const a = w.community;
    await db().communitySettings.create({ data: { communityId: a.id, needOverdueDays: 3 } });
    const b = await createCommunity({ streetId: w.street.id });
    const unit = await createWorkUnit({ streetId: w.street.id });
    const unitAdmin = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] });
    const claimantUser = await createUser({ name: "丙", grants: [{ role: "MEMBER", organizationId: a.id }] });
    const claimant = await createMember({ communityId: a.id, name: "丙", userId: claimantUser.id });
    const published = await createNeedRow({
      community: a,
      status: "PUBLISHED",
      createdAt: beijing("2026-05-01T09:00:00"),
      publishedAt: beijing("2026-05-02T09:00:00"),
    });
    const dispatched = await createNeedRow({
      community: a,
      status: "DISPATCHED",
      unitId: unit.id,
      createdAt: beijing("2026-05-15T09:00:00"),
    });
    const fresh = await createNeedRow({
      community: a,
      status: "CLAIMED",
      createdAt: beijing("2026-05-17T09:00:00"),
      firstClaimedAt: beijing("2026-05-18T09:00:00"),
    });
    await createNeedClaimRow({ need: fresh, memberId: claimant.id });
    const stale = await createNeedRow({
      community: a,
      status: "CLAIMED",
      createdAt: beijing("2026-05-01T09:00:00"),
      firstClaimedAt: beijing("2026-05-10T09:00:00"),
    });
    await createNeedClaimRow({ need: stale, memberId: claimant.id });
    await createNeedRow({ community: a, status: "CONFIRMED", createdAt: beijing("2026-01-01T09:00:00") });
    // in B: 5 days old is within its 7 days; 9 days is not
    await createNeedRow({ community: b, status: "PUBLISHED", createdAt: beijing("2026-05-15T09:00:00") });
    const lateB = await createNeedRow({ community: b, status: "PUBLISHED", createdAt: beijing("2026-05-11T09:00:00") });
    return { ...w, unit, unitAdmin, claimantUser, published, dispatched, fresh, stale, lateB };
  }

  it("lists needs unclaimed or unfinished past their community's limit, oldest first", async () => {
    const w = await overdueWorld();
    const list = await listOverdueNeeds({ actor: w.secretary, now: NOW });
    expect(list.needs.map((n) => n.id)).toEqual([w.published.id, w.stale.id, w.dispatched.id]);
    expect(list.needs[0]).toMatchObject({ days: 18, limit: 3, status: "PUBLISHED" });
    const street = await listOverdueNeeds({ actor: w.admin, now: NOW });
    expect(street.needs.map((n) => n.id)).toEqual([w.published.id, w.stale.id, w.lateB.id, w.dispatched.id]);
  });

  it("reminds the claimants and the unit's admins once a day, with a timeline line and an audit line", async () => {
    const w = await overdueWorld();
    const first = await remindOverdueNeeds({ actor: w.secretary, input: { all: "1" }, now: NOW });
    expect(first).toEqual({ overdue: 3, needsReminded: 2, sent: 2 });
    expect(await db().notification.count({ where: { userId: w.claimantUser.id, kind: "needOverdue" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.unitAdmin.id, kind: "needOverdue" } })).toBe(1);
    expect(await db().needEvent.count({ where: { needId: w.stale.id, kind: "reminded", visibleToResident: false } })).toBe(1);
    expect(await db().needEvent.count({ where: { needId: w.fresh.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { entityId: w.community.id, action: "need.remindOverdue" } })).toBe(1);

    const again = await remindOverdueNeeds({ actor: w.secretary, input: { all: "1" }, now: after(NOW, 2) });
    expect(again).toEqual({ overdue: 3, needsReminded: 0, sent: 0 });
    expect(await db().auditEvent.count({ where: { entityId: w.community.id, action: "need.remindOverdue" } })).toBe(1);

    const nextDay = await remindOverdueNeeds({ actor: w.secretary, input: { needId: w.stale.id }, now: after(NOW, 24) });
    expect(nextDay).toEqual({ overdue: 1, needsReminded: 1, sent: 1 });
    expect(await db().notification.count({ where: { userId: w.claimantUser.id, kind: "needOverdue" } })).toBe(2);
  });

  it("refuses a need that is not overdue or not in scope, and malformed input", async () => {
    const w = await overdueWorld();
    await expect(remindOverdueNeeds({ actor: w.secretary, input: { needId: w.fresh.id }, now: NOW })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(remindOverdueNeeds({ actor: w.secretary, input: { needId: w.lateB.id }, now: NOW })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(remindOverdueNeedsSchema.safeParse({ needId: "1 OR 1=1" }).success).toBe(false);
    expect(remindOverdueNeedsSchema.safeParse({}).success).toBe(false);
    expect(remindOverdueNeedsSchema.safeParse({ all: "yes" }).success).toBe(false);
    expect(remindOverdueNeedsSchema.safeParse({ all: "1" }).success).toBe(true);
    expect(await db().notification.count({ where: { userId: w.claimantUser.id } })).toBe(0);
  });
});
