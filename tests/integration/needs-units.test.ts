import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { assignUnitMembers } from "@/lib/needs/assign-unit-members";
import { countUnitNeeds } from "@/lib/needs/count-unit-needs";
import { dispatchNeedToUnit } from "@/lib/needs/dispatch-need-to-unit";
import { getUnitNeed } from "@/lib/needs/get-unit-need";
import { listDispatchUnits } from "@/lib/needs/list-dispatch-units";
import { listUnitNeeds } from "@/lib/needs/list-unit-needs";
import { reportUnitNeedDone } from "@/lib/needs/report-unit-need-done";
import { assignUnitMembersSchema, dispatchNeedToUnitSchema } from "@/lib/needs/unit-schema";
import { listCoBuildingUnits } from "@/lib/unit-portal/list-co-building-units";
import { submitUnitReportSchema } from "@/lib/unit-portal/schema";
import { submitUnitReport } from "@/lib/unit-portal/submit-unit-report";
import { createCommunity, createMember, createUser, createWorkUnit } from "@/prisma/factories";
import { createNeedRow } from "@/prisma/need-factories";
import { actorFor, createStreetWorld } from "../support/world";

const MASKED = /^\d{3}\*{4}\d{4}$/;

async function report(unitId: string, communityId: string, status: "PENDING" | "ACCEPTED" | "DECLINED" = "ACCEPTED") {
  return db().unitReport.create({
    data: { unitId, communityId, status, offerPeople: "医护志愿者", contactName: "李主任", contactPhone: "13900000111" },
  });
}

/**
 * A community with a secretary; unit U (verified, accepted) with an admin and members living in this
 * community and in another one; unit V (verified, accepted) with its own admin; unit P (verified,
 * report pending), unit N (not verified, accepted), unit X (verified, accepted by ANOTHER community).
 */
async function unitWorld() {
  const w = await createStreetWorld();
  const elsewhere = await createCommunity({ streetId: w.street.id });
  const unit = await createWorkUnit({ streetId: w.street.id, name: `东湖区人民医院${Date.now()}` });
  const other = await createWorkUnit({ streetId: w.street.id, name: `星河物流${Date.now()}` });
  const pending = await createWorkUnit({ streetId: w.street.id });
  const unverified = await createWorkUnit({ streetId: w.street.id, verified: false });
  const foreign = await createWorkUnit({ streetId: w.street.id });
  await report(unit.id, w.community.id);
  await report(other.id, w.community.id);
  await report(pending.id, w.community.id, "PENDING");
  await report(unverified.id, w.community.id);
  await report(foreign.id, elsewhere.id);
  const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
  const otherAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: other.id }] })).id);
  const nurseUser = await createUser({ name: "周护士", grants: [{ role: "MEMBER", organizationId: elsewhere.id }] });
  const nurse = await createMember({ communityId: elsewhere.id, employerUnitId: unit.id, name: "周护士", userId: nurseUser.id });
  const doctor = await createMember({ communityId: w.community.id, employerUnitId: unit.id, name: "吴医生" });
  const movedOut = await createMember({
    communityId: w.community.id,
    employerUnitId: unit.id,
    name: "郑某",
    status: "MOVED_OUT",
  });
  const driver = await createMember({ communityId: w.community.id, employerUnitId: other.id, name: "司机" });
  const need = await createNeedRow({ community: w.community, buildingId: w.building.id, status: "PUBLISHED", room: "5-502" });
  return {
    ...w,
    elsewhere,
    unit,
    other,
    pending,
    unverified,
    foreign,
    unitAdmin,
    otherAdmin,
    nurse,
    nurseUser,
    doctor,
    movedOut,
    driver,
    need,
  };
}

describe("dispatching a need to a co-building unit", () => {
  it("lists only verified units with an accepted report to the community", async () => {
    const w = await unitWorld();
    const ids = (await listDispatchUnits({ actor: w.secretary })).map((u) => u.id);
    expect(ids).toContain(w.unit.id);
    expect(ids).toContain(w.other.id);
    for (const refused of [w.pending, w.unverified, w.foreign]) expect(ids).not.toContain(refused.id);
  });

  it("puts the need on the unit's task list with a timeline line, an audit line and a notification", async () => {
    const w = await unitWorld();
    await dispatchNeedToUnit({ actor: w.secretary, input: { needId: w.need.id, unitId: w.unit.id, taskMonth: "2026-12" } });
    const need = await db().need.findUniqueOrThrow({ where: { id: w.need.id } });
    expect(need.status).toBe("DISPATCHED");
    expect(need.unitId).toBe(w.unit.id);
    expect(need.taskMonth?.toISOString().slice(0, 10)).toBe("2026-12-01");
    const events = await db().needEvent.findMany({ where: { needId: w.need.id } });
    expect(events.map((e) => e.kind)).toEqual(["dispatched"]);
    expect(JSON.stringify(events[0].params)).not.toContain("13812345678");
    expect(await db().auditEvent.count({ where: { entityId: w.need.id, action: "need.dispatchToUnit" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.unitAdmin.userId, kind: "needTaskDispatched" } })).toBe(1);
  });

  it("refuses units that are not verified, not accepted, or another community's, and writes nothing", async () => {
    const w = await unitWorld();
    for (const unit of [w.pending, w.unverified, w.foreign]) {
      await expect(
        dispatchNeedToUnit({ actor: w.secretary, input: { needId: w.need.id, unitId: unit.id, taskMonth: "2026-12" } }),
      ).rejects.toMatchObject({ messageKey: "needUnits.unitNotEligible" });
    }
    expect((await db().need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("PUBLISHED");
    expect(await db().needEvent.count({ where: { needId: w.need.id } })).toBe(0);
  });

  it("refuses another community's need (not found), a closed need, and other roles", async () => {
    const w = await unitWorld();
    const foreignNeed = await createNeedRow({ community: w.elsewhere, status: "PUBLISHED" });
    await expect(
      dispatchNeedToUnit({ actor: w.secretary, input: { needId: foreignNeed.id, unitId: w.unit.id, taskMonth: "2026-12" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const confirmed = await createNeedRow({ community: w.community, status: "CONFIRMED" });
    await expect(
      dispatchNeedToUnit({ actor: w.secretary, input: { needId: confirmed.id, unitId: w.unit.id, taskMonth: "2026-12" } }),
    ).rejects.toMatchObject({ messageKey: "needUnits.cannotDispatch" });
    await expect(
      dispatchNeedToUnit({ actor: w.unitAdmin, input: { needId: w.need.id, unitId: w.unit.id, taskMonth: "2026-12" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("parses the form strictly", () => {
    const ok = { needId: crypto.randomUUID(), unitId: crypto.randomUUID(), taskMonth: "2026-12" };
    expect(dispatchNeedToUnitSchema.safeParse(ok).success).toBe(true);
    for (const taskMonth of ["2026-13", "2026-1", "26-12", "2026-12-01", ""]) {
      expect(dispatchNeedToUnitSchema.safeParse({ ...ok, taskMonth }).success).toBe(false);
    }
    expect(dispatchNeedToUnitSchema.safeParse({ ...ok, unitId: "x" }).success).toBe(false);
    expect(assignUnitMembersSchema.safeParse({ needId: ok.needId, memberIds: ["not-a-uuid"] }).success).toBe(false);
    expect(assignUnitMembersSchema.safeParse({ needId: ok.needId, memberIds: [] }).success).toBe(false);
  });
});

describe("the unit's task list", () => {
  async function dispatched() {
    const w = await unitWorld();
    await dispatchNeedToUnit({ actor: w.secretary, input: { needId: w.need.id, unitId: w.unit.id, taskMonth: "2026-12" } });
    return w;
  }

  it("shows the unit its own tasks by month with the resident's contact masked", async () => {
    const w = await dispatched();
    const list = await listUnitNeeds({ actor: w.unitAdmin, input: { month: "2026-12" } });
    expect(list.needs.map((n) => n.id)).toEqual([w.need.id]);
    expect(list.months).toEqual([{ month: "2026-12", count: 1 }]);
    const [task] = list.needs;
    expect(task.residentPhone).toMatch(MASKED);
    expect(task.room).toBe("***");
    expect(task.residentName).toBe("王*");
    expect(JSON.stringify(list)).not.toContain("5-502");
    expect(JSON.stringify(list)).not.toContain("13812345678");
    expect((await listUnitNeeds({ actor: w.unitAdmin, input: { month: "2026-11" } })).needs).toEqual([]);
    const detail = await getUnitNeed({ actor: w.unitAdmin, input: { id: w.need.id } });
    expect(detail.need.residentPhone).toMatch(MASKED);
    expect(JSON.stringify(detail)).not.toContain("5-502");
  });

  it("hides the task from another unit: not found, and nothing written", async () => {
    const w = await dispatched();
    expect((await listUnitNeeds({ actor: w.otherAdmin, input: { month: "2026-12" } })).needs).toEqual([]);
    await expect(getUnitNeed({ actor: w.otherAdmin, input: { id: w.need.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      assignUnitMembers({ actor: w.otherAdmin, input: { needId: w.need.id, memberIds: [w.driver.id] } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(reportUnitNeedDone({ actor: w.otherAdmin, input: { needId: w.need.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().needClaim.count({ where: { needId: w.need.id } })).toBe(0);
    // a need never dispatched to the unit is not found either
    const notDispatched = await createNeedRow({ community: w.community, status: "PUBLISHED" });
    await expect(getUnitNeed({ actor: w.unitAdmin, input: { id: notDispatched.id } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("offers and assigns only the unit's confirmed, active members wherever they live", async () => {
    const w = await dispatched();
    const detail = await getUnitNeed({ actor: w.unitAdmin, input: { id: w.need.id } });
    const offered = detail.members.map((m) => m.id);
    expect(offered).toEqual(expect.arrayContaining([w.nurse.id, w.doctor.id]));
    expect(offered).not.toContain(w.movedOut.id);
    expect(offered).not.toContain(w.driver.id);
    for (const memberIds of [[w.driver.id], [w.movedOut.id], [w.nurse.id, w.driver.id]]) {
      await expect(assignUnitMembers({ actor: w.unitAdmin, input: { needId: w.need.id, memberIds } })).rejects.toMatchObject({
        messageKey: "needUnits.notYourMember",
      });
    }
    expect(await db().needClaim.count({ where: { needId: w.need.id } })).toBe(0);

    await assignUnitMembers({ actor: w.unitAdmin, input: { needId: w.need.id, memberIds: [w.nurse.id, w.doctor.id] } });
    const need = await db().need.findUniqueOrThrow({ where: { id: w.need.id }, include: { claims: true } });
    expect(need.status).toBe("CLAIMED");
    expect(need.claimedCount).toBe(2);
    expect(need.places).toBe(2);
    expect(need.firstClaimedAt).not.toBeNull();
    expect(need.claims.every((c) => c.viaUnitId === w.unit.id && c.assignedById === w.unitAdmin.userId)).toBe(true);
    // the nurse lives in another community: the claim still belongs to the need's community
    expect(need.claims.every((c) => c.communityId === w.community.id)).toBe(true);
    expect(await db().notification.count({ where: { userId: w.nurseUser.id, kind: "needUnitAssigned" } })).toBe(1);
    await expect(
      assignUnitMembers({ actor: w.unitAdmin, input: { needId: w.need.id, memberIds: [w.nurse.id] } }),
    ).rejects.toBeInstanceOf(UserFacingError);
  });

  it("reports completion: the unit's claims done, the need waiting for the resident; the dashboard counts it", async () => {
    const w = await dispatched();
    await expect(reportUnitNeedDone({ actor: w.unitAdmin, input: { needId: w.need.id } })).rejects.toMatchObject({
      messageKey: "needUnits.cannotReport",
    });
    await assignUnitMembers({ actor: w.unitAdmin, input: { needId: w.need.id, memberIds: [w.nurse.id] } });
    const result = await reportUnitNeedDone({ actor: w.unitAdmin, input: { needId: w.need.id, note: "已陪同复诊" } });
    expect(result).toEqual({ finished: true, claims: 1 });
    const need = await db().need.findUniqueOrThrow({ where: { id: w.need.id }, include: { claims: true } });
    expect(need.status).toBe("DONE");
    expect(need.unitReportedAt).not.toBeNull();
    expect(need.claims.map((c) => [c.status, c.doneNote])).toEqual([["DONE", "已陪同复诊"]]);
    expect((await db().needEvent.findMany({ where: { needId: w.need.id }, orderBy: { id: "asc" } })).map((e) => e.kind)).toEqual([
      "dispatched",
      "assigned",
      "done",
    ]);
    const counts = await countUnitNeeds({ actor: w.unitAdmin, input: { year: 2026 } });
    expect(counts).toMatchObject({ total: 1, reported: 1, waiting: 0, inProgress: 0 });
    expect((await countUnitNeeds({ actor: w.otherAdmin, input: { year: 2026 } })).total).toBe(0);
  });
});

describe("what a co-building unit offers", () => {
  it("takes goods and professional services as offers of their own, shown to the dispatching secretary", async () => {
    const w = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: w.street.id });
    const admin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
    const base = { communityId: w.community.id, contactName: "王主任", contactPhone: "0512-66668888" };
    expect(submitUnitReportSchema.safeParse(base).success).toBe(false);
    const input = submitUnitReportSchema.parse({ ...base, offerGoods: "轮椅 2 台", offerServices: "每月义诊一次" });
    const { id } = await submitUnitReport({ actor: admin, input });
    const stored = await db().unitReport.findUniqueOrThrow({ where: { id } });
    expect([stored.offerGoods, stored.offerServices]).toEqual(["轮椅 2 台", "每月义诊一次"]);
    await db().unitReport.update({ where: { id }, data: { status: "ACCEPTED" } });
    const [listed] = await listDispatchUnits({ actor: w.secretary });
    expect(listed).toMatchObject({ id: unit.id, offers: "每月义诊一次；轮椅 2 台" });
    const coBuilding = await listCoBuildingUnits({ actor: w.secretary });
    expect(coBuilding.counts).toMatchObject({ offeringGoods: 1, offeringServices: 1, offeringVenues: 0 });
  });
});
