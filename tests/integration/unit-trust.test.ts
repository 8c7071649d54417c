// Issue 13 items 1 and 8: nobody becomes someone they are not (docs/decisions/060-identity-model.md).
import { describe, expect, it } from "vitest";
import { listMemberActivities } from "@/lib/activities/list-member-activities";
import { getMemberActivity } from "@/lib/activities/get-member-activity";
import { signUpForActivity } from "@/lib/activities/sign-up-for-activity";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { generateLetters } from "@/lib/letters/generate-letters";
import { listUnitLetters } from "@/lib/letters/list-unit-letters";
import { approveMembers } from "@/lib/members/approve-members";
import { confirmOwnUnitLink } from "@/lib/members/confirm-own-unit-link";
import { confirmUnitLinks } from "@/lib/members/confirm-unit-links";
import { dismissUnitLinks } from "@/lib/members/dismiss-unit-links";
import { getOwnEntries } from "@/lib/members/get-own-entries";
import { listResidenceOptions } from "@/lib/members/list-residence-options";
import { listUnitLinkSuggestions } from "@/lib/members/list-unit-link-suggestions";
import { getOwnServiceRecord } from "@/lib/members/service-record";
import { updateMember } from "@/lib/members/update-member";
import { updateOwnProfile } from "@/lib/members/update-own-profile";
import { getMemberMenu } from "@/lib/menu/get-member-menu";
import { rejectWorkUnit } from "@/lib/orgs/reject-work-unit";
import { verifyWorkUnit } from "@/lib/orgs/verify-work-unit";
import { getHonourRoll } from "@/lib/ratings/get-honour-roll";
import { getMemberRatings } from "@/lib/ratings/get-member-ratings";
import { getMemberTimeBank } from "@/lib/time-bank/get-member-time-bank";
import { localYear } from "@/lib/time";
import { exportUnitMembers } from "@/lib/unit-portal/export-unit-members";
import { getUnitApplication } from "@/lib/unit-portal/get-unit-application";
import { getUnitDashboard } from "@/lib/unit-portal/get-unit-dashboard";
import { getUnitMember } from "@/lib/unit-portal/get-unit-member";
import { listUnitMembers } from "@/lib/unit-portal/list-unit-members";
import { listUnitReportsOfUnit } from "@/lib/unit-portal/list-unit-reports-of-unit";
import { registerUnit } from "@/lib/unit-portal/register-unit";
import { parseUnitMemberFilter } from "@/lib/unit-portal/unit-member-filter";
import { createMember, createUser, createWorkUnit, uniquePhone } from "@/prisma/factories";
import { readWorkbook } from "../support/roster-files";
import { actorFor, createStreetWorld } from "../support/world";
import { provenCode } from "../support/phone-codes";

const beijing = (local: string) => new Date(`${local}+08:00`);
const YEAR = localYear(new Date()) - 1;

async function categoryId() {
  return (await db().serviceCategory.findFirstOrThrow({ where: { communityId: null }, select: { id: true } })).id;
}

let seq = 0;
async function servedAt(member: { id: string; communityId: string }, startsAt: Date, points = 5) {
  seq += 1;
  const activity = await db().activity.create({
    data: {
      communityId: member.communityId,
      categoryId: await categoryId(),
      title: `服务${seq}`,
      place: "党群服务中心",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      signupDeadline: new Date(startsAt.getTime() - 3_600_000),
      capacity: 20,
      status: "PUBLISHED",
      publishedAt: startsAt,
    },
  });
  const record = await db().activityRecord.create({
    data: {
      activityId: activity.id,
      memberId: member.id,
      communityId: member.communityId,
      status: "CONFIRMED",
      hours: 2,
      points,
      confirmedAt: startsAt,
    },
  });
  await db().pointsEntry.create({
    data: {
      memberId: member.id,
      communityId: member.communityId,
      kind: "EARN",
      amount: points,
      activityId: activity.id,
      recordId: record.id,
      createdAt: startsAt,
    },
  });
  return activity;
}

/** A unit's registration form, its contact phone proven by an SMS code. */
async function unitRegistration(communityId: string, name: string) {
  const phone = uniquePhone();
  return {
    name,
    partyBranchName: `${name}党委`,
    creditCode: undefined,
    address: "东湖路 1 号",
    inArea: true,
    contactName: "假冒者",
    phone,
    code: await provenCode(phone),
    password: "Unit@2026pass",
    communityIds: [communityId],
    offerVenues: undefined,
    offerPeople: undefined,
    offerFunds: undefined,
    offerSkills: [],
    note: undefined,
  };
}

describe("a self-registered work unit is not trusted until the street verifies it", () => {
  it("its admin sees only the application; every unit portal read is refused until verified", async () => {
    const world = await createStreetWorld();
    const name = `东湖区人民医院${Date.now()}`;
    // a member typed the employer's name as free text before anyone registered it
    const member = await createMember({
      communityId: world.community.id,
      name: "周医生",
      employerName: name,
      employerBranch: "医院党委",
    });
    const registered = await registerUnit({
      input: (await unitRegistration(world.community.id, name)) as never,
      clientAddress: "203.0.113.7",
    });
    const squatter = await actorFor(registered.userId, "UNIT_ADMIN");
    expect(squatter.active?.vouched).toBe(false);

    const filter = parseUnitMemberFilter({});
    const reads = [
      () => getUnitDashboard({ actor: squatter, input: { year: YEAR } }),
      () => listUnitMembers({ actor: squatter, input: { filter } }),
      () => exportUnitMembers({ actor: squatter, input: { filter } }),
      () => getUnitMember({ actor: squatter, input: { id: member.id } }),
      () => listUnitLetters({ actor: squatter }),
      () => listUnitReportsOfUnit({ actor: squatter }),
    ];
    for (const read of reads) await expect(read()).rejects.toBeInstanceOf(ForbiddenError);
    const application = await getUnitApplication({ actor: squatter });
    expect(application).toMatchObject({ state: "WAITING", unit: { name }, communities: [{ status: "PENDING" }] });
    // nor did the registration link anyone, or offer the name to new members
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      employerUnitId: null,
      suggestedUnitId: null,
    });
    expect((await listResidenceOptions()).unitNames).not.toContain(name);

    // another street's admin cannot verify it
    const elsewhere = await createStreetWorld();
    await expect(verifyWorkUnit({ actor: elsewhere.admin, input: { id: registered.unitId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const verified = await verifyWorkUnit({ actor: world.admin, input: { id: registered.unitId } });
    expect(verified.suggested).toBe(1);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "unit.verify", entityId: registered.unitId } });
    expect(audit.actorId).toBe(world.admin.userId);
    expect((await listResidenceOptions()).unitNames).toContain(name);

    const admin = await actorFor(registered.userId, "UNIT_ADMIN");
    expect(admin.active?.vouched).toBe(true);
    const dashboard = await getUnitDashboard({ actor: admin, input: { year: YEAR } });
    // verified, but the member is only suggested: the unit sees nobody yet
    expect(dashboard.counts.reported).toBe(0);
    expect((await listUnitMembers({ actor: admin, input: { filter } })).total).toBe(0);
    await expect(getUnitMember({ actor: admin, input: { id: member.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      employerUnitId: null,
      suggestedUnitId: registered.unitId,
      employerName: name,
    });
  });

  it("a turned-down registration reads its reason and frees the name for the real unit", async () => {
    const world = await createStreetWorld();
    const name = `东湖区第一中学${Date.now()}`;
    const squatted = await registerUnit({
      input: (await unitRegistration(world.community.id, name)) as never,
      clientAddress: "x",
    });
    await rejectWorkUnit({ actor: world.admin, input: { id: squatted.unitId, reason: "联系人不是该单位人员" } });
    const squatter = await actorFor(squatted.userId, "UNIT_ADMIN");
    expect(squatter.active?.vouched).toBe(false);
    expect(await getUnitApplication({ actor: squatter })).toMatchObject({
      state: "REJECTED",
      unit: { rejectReason: "联系人不是该单位人员" },
    });
    await expect(getUnitDashboard({ actor: squatter, input: { year: YEAR } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().auditEvent.count({ where: { action: "unit.reject", entityId: squatted.unitId } })).toBe(1);
    // the real school can now register under its own name
    const real = await registerUnit({ input: (await unitRegistration(world.community.id, name)) as never, clientAddress: "y" });
    expect(real.unitId).not.toBe(squatted.unitId);
  });
});

describe("a member is linked to a unit only by a confirmed match", () => {
  it("saving a file with a unit's exact name suggests the unit, never links it; a confirmed link survives later saves", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id, name: `税务局${Date.now()}` });
    const pendingUnit = await createWorkUnit({ streetId: world.street.id, name: `未核实单位${Date.now()}`, verified: false });
    const user = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    const member = await createMember({
      communityId: world.community.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
      userId: user.id,
      phone: user.phone,
      employerName: "某公司",
      employerBranch: "某公司党支部",
      room: "1-101",
    });
    const edit = (employerName: string, employerBranch = "") => ({
      id: member.id,
      name: member.name,
      phone: member.phone,
      gridId: world.grid.id,
      buildingId: world.building.id,
      room: "1-101",
      kind: "IN_SERVICE" as const,
      employerName,
      employerBranch,
      skills: [],
      isCenterHousehold: false,
      isCouncilMember: false,
      isBuildingLeader: false,
    });

    // a unit the street has not verified is not even suggested
    await updateMember({ actor: world.secretary, input: edit(pendingUnit.name, "支部") as never });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      employerUnitId: null,
      suggestedUnitId: null,
      employerName: pendingUnit.name,
    });

    await updateMember({ actor: world.secretary, input: edit(unit.name) as never });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      employerUnitId: null,
      employerLinkedAt: null,
      suggestedUnitId: unit.id,
      employerName: unit.name,
    });

    // the member confirms it themselves, on their profile
    const self = await actorFor(user.id, "MEMBER");
    const confirmedAt = beijing("2026-05-01T10:00:00");
    await confirmOwnUnitLink({ actor: self, input: { memberId: member.id }, now: confirmedAt });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      employerUnitId: unit.id,
      employerLinkedAt: confirmedAt,
      suggestedUnitId: null,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "member.linkConfirm", entityId: member.id } });
    expect(audit).toMatchObject({ actorId: user.id, scopeOrgId: world.community.id });

    // the member saves the profile with the same employer: the link and its date stay
    await updateOwnProfile({
      actor: self,
      input: {
        memberId: member.id,
        gridId: world.grid.id,
        buildingId: world.building.id,
        room: "1-101",
        kind: "IN_SERVICE",
        employerName: unit.name,
        skills: [],
        interests: [],
        availability: [],
      } as never,
    });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      employerUnitId: unit.id,
      employerLinkedAt: confirmedAt,
    });
  });

  it("the secretary confirms chosen suggestions (audited, dated) or dismisses them; other communities' entries are untouched", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    const suggested = (communityId: string, name: string) =>
      createMember({ communityId, name, suggestedUnitId: unit.id, employerName: unit.name, employerBranch: "党委" });
    const a = await suggested(world.community.id, "王甲");
    const b = await suggested(world.community.id, "李乙");
    const c = await suggested(world.community.id, "张丙");
    const foreign = await suggested(other.community.id, "赵丁");

    const listed = await listUnitLinkSuggestions({ actor: world.secretary });
    expect(listed.total).toBe(3);
    expect((await listUnitLinkSuggestions({ actor: world.secretary, input: { query: "李" } })).rows.map((r) => r.name)).toEqual([
      "李乙",
    ]);

    const now = beijing("2026-06-01T09:00:00");
    const result = await confirmUnitLinks({
      actor: world.secretary,
      input: { memberIds: [a.id, foreign.id], all: false },
      now,
    });
    expect(result.linked).toBe(1);
    expect(await db().member.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      employerUnitId: unit.id,
      employerLinkedAt: now,
      employerName: null,
    });
    expect(await db().member.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      employerUnitId: null,
      suggestedUnitId: unit.id,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "member.linkConfirm", entityId: a.id } });
    expect(audit).toMatchObject({ actorId: world.secretary.userId, scopeOrgId: world.community.id });
    expect(audit.after).toMatchObject({ employerUnitId: unit.id, employerLinkedAt: now.toISOString() });

    await dismissUnitLinks({ actor: world.secretary, input: { memberIds: [b.id] } });
    expect(await db().member.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      employerUnitId: null,
      suggestedUnitId: null,
      employerName: unit.name,
    });
    expect(await db().auditEvent.count({ where: { action: "member.linkDismiss", entityId: b.id } })).toBe(1);
    expect((await listUnitLinkSuggestions({ actor: world.secretary })).rows.map((r) => r.id)).toEqual([c.id]);
    // a unit admin cannot confirm links
    const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
    await expect(confirmUnitLinks({ actor: unitAdmin, input: { memberIds: [c.id], all: false } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("confirms all 2,000 suggestions of a search at once", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    await db().member.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        communityId: world.community.id,
        name: `批量${i}`,
        phone: uniquePhone(),
        status: "ACTIVE" as const,
        employerName: unit.name,
        suggestedUnitId: unit.id,
      })),
    });
    const page = await listUnitLinkSuggestions({ actor: world.secretary, input: { page: 40 } });
    expect(page).toMatchObject({ total: 2000, page: 40 });
    expect(page.rows).toHaveLength(50);
    const { linked } = await confirmUnitLinks({ actor: world.secretary, input: { memberIds: [], all: true } });
    expect(linked).toBe(2000);
    expect(await db().member.count({ where: { communityId: world.community.id, employerUnitId: unit.id } })).toBe(2000);
    expect(await db().auditEvent.count({ where: { action: "member.linkConfirm", scopeOrgId: world.community.id } })).toBe(2000);
  });

  it("the database refuses a link without its confirmation date", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    const member = await createMember({ communityId: world.community.id });
    await expect(db().member.update({ where: { id: member.id }, data: { employerUnitId: unit.id } })).rejects.toThrow();
  });
});

describe("a unit sees a member only from the day the link was confirmed", () => {
  it("records, points and figures before that day are not shown", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    const admin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
    const member = await createMember({
      communityId: world.community.id,
      name: "钱多",
      employerUnitId: unit.id,
      // confirmed at 15:00 on 1 March (Beijing): that whole day counts, nothing before
      employerLinkedAt: beijing(`${YEAR}-03-01T15:00:00`),
    });
    await servedAt(member, beijing(`${YEAR}-02-28T09:00:00`), 7);
    await servedAt(member, beijing(`${YEAR}-03-01T09:00:00`), 3);
    await servedAt(member, beijing(`${YEAR}-06-01T09:00:00`), 4);

    const dashboard = await getUnitDashboard({ actor: admin, input: { year: YEAR } });
    expect(dashboard.total.records).toBe(2);
    expect(dashboard.months.find((m) => m.month === 2)?.records).toBe(0);

    const filter = parseUnitMemberFilter({ year: String(YEAR) }, beijing(`${YEAR}-12-01T00:00:00`));
    const { rows } = await listUnitMembers({ actor: admin, input: { filter } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "钱多", activities: 2, hours: 4, points: 7 });

    const view = await getUnitMember({ actor: admin, input: { id: member.id } });
    expect(view.totals).toMatchObject({ activities: 2, balance: 7 });
    expect(view.entries[0].service.records).toHaveLength(2);

    const file = await exportUnitMembers({ actor: admin, input: { filter } });
    const sheets = await readWorkbook(file.data);
    expect(file.recordCount).toBe(2);
    expect(sheets).toBeTruthy();
  });
});

describe("letters of thanks go only to verified units", () => {
  it("a linked verified unit receives the letter; an unverified or only suggested unit does not", async () => {
    const world = await createStreetWorld();
    const verified = await createWorkUnit({ streetId: world.street.id });
    const unverified = await createWorkUnit({ streetId: world.street.id, verified: false });
    const linked = await createMember({ communityId: world.community.id, name: "甲", employerUnitId: verified.id });
    // a link to a unit that is not verified cannot arise any more; older data may still hold one
    const stale = await createMember({ communityId: world.community.id, name: "乙", employerUnitId: unverified.id });
    const suggested = await createMember({
      communityId: world.community.id,
      name: "丙",
      suggestedUnitId: verified.id,
      employerName: verified.name,
      employerBranch: "某党委",
    });
    for (const member of [linked, stale, suggested]) {
      for (const month of ["03", "04", "05"]) await servedAt(member, beijing(`${YEAR}-${month}-10T09:00:00`));
    }
    await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    const letters = new Map(
      (await db().thankYouLetter.findMany({ where: { communityId: world.community.id, year: YEAR } })).map((l) => [
        l.memberId,
        l,
      ]),
    );
    expect(letters.get(linked.id)?.workUnitId).toBe(verified.id);
    expect(letters.get(stale.id)?.workUnitId).toBeNull();
    expect(letters.get(suggested.id)?.workUnitId).toBeNull();
    const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: verified.id }] })).id);
    expect((await listUnitLetters({ actor: unitAdmin })).letters.map((l) => l.member.name)).toEqual(["甲"]);
  });
});

describe("a pending member sees only their own application", () => {
  it("no activities, menu, ratings, honour roll, time bank or sign-up until the community verifies them", async () => {
    const world = await createStreetWorld();
    const user = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    const member = await createMember({ communityId: world.community.id, userId: user.id, phone: user.phone, status: "PENDING" });
    const activity = await servedAt(
      await createMember({ communityId: world.community.id }),
      new Date(Date.now() + 7 * 86_400_000),
    );
    const pending = await actorFor(user.id, "MEMBER");
    expect(pending.active?.vouched).toBe(false);

    const refused = [
      () => listMemberActivities({ actor: pending }),
      () => getMemberActivity({ actor: pending, input: { id: activity.id } }),
      () => signUpForActivity({ actor: pending, input: { activityId: activity.id } }),
      () => getMemberMenu({ actor: pending }),
      () => getMemberRatings({ actor: pending }),
      () => getHonourRoll({ actor: pending }),
      () => getMemberTimeBank({ actor: pending }),
      () => getOwnServiceRecord({ actor: pending }),
    ];
    for (const read of refused) await expect(read()).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getOwnEntries({ actor: pending })).map((e) => e.id)).toEqual([member.id]);

    await approveMembers({ actor: world.secretary, input: { memberIds: [member.id] } });
    const active = (await loadActor(user.id))!;
    expect(active.active?.vouched).toBe(true);
    expect((await listMemberActivities({ actor: active })).activities.map((a) => a.id)).toContain(activity.id);
  });
});
