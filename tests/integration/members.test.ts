import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/execute";
import { formDataToObject } from "@/lib/actions/form-data";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { approveMembers } from "@/lib/members/approve-members";
import { rejectMember } from "@/lib/members/reject-member";
import { getMemberFile } from "@/lib/members/get-member-file";
import { listPendingMembers } from "@/lib/members/list-pending-members";
import { registerMember } from "@/lib/members/register-member";
import { registerMemberSchema, type RegisterMemberInput } from "@/lib/members/schema";
import { setMovedOut } from "@/lib/members/set-moved-out";
import { updateMember } from "@/lib/members/update-member";
import { updateOwnProfile } from "@/lib/members/update-own-profile";
import { createBuilding, createMember, createUser, createWorkUnit, uniquePhone } from "@/prisma/factories";
import { provenCode, uniqueAddress } from "../support/phone-codes";
import { actorFor, createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

function validForm(world: World, overrides: Record<string, string | string[]> = {}) {
  return {
    name: "周晓东",
    gender: "MALE",
    phone: uniquePhone(),
    code: "123456",
    password: "Report#2026",
    communityId: world.community.id,
    gridId: world.grid.id,
    buildingId: world.building.id,
    room: "502",
    kind: "IN_SERVICE",
    employerName: "东湖律师事务所",
    employerBranch: "东湖律师事务所党支部",
    position: "律师",
    skills: ["法律咨询"],
    skillsOther: "调解、普法",
    interests: ["ADVICE"],
    availability: ["WEEKEND"],
    consent: "on",
    ...overrides,
  };
}

function parse(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return registerMemberSchema.safeParse(formDataToObject(data));
}

/** Registers with a proven phone (a valid SMS code), from an address of its own. */
async function register(world: World, overrides: Record<string, string | string[]> = {}) {
  const form = validForm(world, overrides);
  const code = overrides.code ?? (await provenCode(String(form.phone)));
  const parsed = parse({ ...form, code });
  if (!parsed.success) throw new Error(JSON.stringify(fieldErrorsOf(parsed.error)));
  return {
    ...(await registerMember({ input: parsed.data as RegisterMemberInput, clientAddress: uniqueAddress() })),
    input: parsed.data as RegisterMemberInput,
  };
}

describe("member reporting (报到)", () => {
  it("each bad field gives its own error and nothing is stored", async () => {
    const world = await createStreetWorld();
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ name: " " }, "name", "validation.required"],
      [{ gender: "" }, "gender", "validation.required"],
      [{ phone: "1381234567" }, "phone", "validation.phone"],
      [{ password: "short" }, "password", "validation.passwordLength"],
      [{ code: "12345" }, "code", "phoneCode.format"],
      [{ code: "" }, "code", "validation.required"],
      [{ gridId: "" }, "gridId", "validation.required"],
      [{ buildingId: "not-an-id" }, "buildingId", "validation.required"],
      [{ room: "" }, "room", "validation.required"],
      [{ kind: "ALIEN" }, "kind", "validation.required"],
      [{ employerName: "" }, "employerName", "register.employerRequired"],
      [{ consent: "" }, "consent", "register.consentRequired"],
      [{ availability: ["SOMETIMES"] }, "availability", "validation.invalid"],
    ];
    for (const [override, field, message] of cases) {
      const parsed = parse(validForm(world, override));
      expect(parsed.success, field).toBe(false);
      expect(fieldErrorsOf(parsed.error!)[field], field).toBe(message);
    }
    expect(await db().member.count({ where: { communityId: world.community.id } })).toBe(0);
  });

  it("refuses a building of another grid or community, and an unregistered employer without its branch", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    await expect(register(world, { buildingId: other.building.id })).rejects.toMatchObject({
      fieldErrors: { buildingId: "register.badBuilding" },
    });
    await expect(register(world, { employerBranch: "" })).rejects.toMatchObject({
      fieldErrors: { employerBranch: "register.branchRequired" },
    });
    expect(await db().member.count({ where: { communityId: world.community.id } })).toBe(0);
    expect(await db().user.count({ where: { name: "周晓东" } })).toBe(0);
  });

  it("creates a pending entry, an account with the member role, consent and merged skills", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id, name: `东湖区人民医院${Date.now()}` });
    const { memberId, userId } = await register(world, { employerName: unit.name, employerBranch: "" });
    const member = await db().member.findUniqueOrThrow({ where: { id: memberId } });
    expect(member).toMatchObject({
      status: "PENDING",
      userId,
      // never linked by name alone: the registered unit is only suggested (docs/decisions/060)
      employerUnitId: null,
      suggestedUnitId: unit.id,
      employerName: unit.name,
      consentVersion: "2026-01",
    });
    expect(member.skills).toEqual(["法律咨询", "调解", "普法"]);
    expect(member.consentAt).toBeInstanceOf(Date);
    const actor = await loadActor(userId);
    expect(actor?.active).toMatchObject({ role: "MEMBER", orgId: world.community.id, vouched: false });
  });

  it("a second report to the same community is refused; an existing account needs its own password", async () => {
    const world = await createStreetWorld();
    const first = await register(world);
    await expect(register(world, { phone: first.input.phone })).rejects.toMatchObject({ messageKey: "register.alreadyReported" });
    const existing = await createUser({ password: "Existing#2026" });
    await expect(register(world, { phone: existing.phone, password: "Report#2026" })).rejects.toMatchObject({
      fieldErrors: { password: "register.existingAccountPassword" },
    });
    const linked = await register(world, { phone: existing.phone, password: "Existing#2026" });
    expect(linked.userId).toBe(existing.id);
  });

  it("claims an entry the community imported for the same phone without writing over it", async () => {
    const world = await createStreetWorld();
    const phone = uniquePhone();
    const imported = await createMember({ communityId: world.community.id, phone, name: "周晓东", status: "ACTIVE" });
    const before = await db().member.findUniqueOrThrow({ where: { id: imported.id } });
    const { memberId, userId, claimed } = await register(world, { phone, name: "周小东", room: "1201" });
    expect({ memberId, claimed }).toEqual({ memberId: imported.id, claimed: true });

    // the account is attached; what the community recorded stays as it was
    const after = await db().member.findUniqueOrThrow({ where: { id: memberId } });
    expect(after).toMatchObject({ userId, status: "ACTIVE", name: "周晓东", room: before.room, source: before.source });
    expect(after.employerName).toBe(before.employerName);
    expect((await loadActor(userId))?.active).toMatchObject({ role: "MEMBER", orgId: world.community.id });

    // what the member stated differently waits for the secretary as a change request
    const request = await db().memberChangeRequest.findFirstOrThrow({ where: { memberId } });
    expect(request).toMatchObject({ status: "PENDING", communityId: world.community.id, proposedById: userId });
    const changes = request.changes as Record<string, { from: unknown; to: unknown }>;
    expect(changes.name).toEqual({ from: "周晓东", to: "周小东" });
    expect(changes.room).toEqual({ from: before.room, to: "1201" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: memberId, action: "member.claim" } });
    expect(audit.actorId).toBe(userId);
  });

  it("a claim needs the phone's code: without it the entry is untouched and the answer is the one for any phone", async () => {
    const world = await createStreetWorld();
    const phone = uniquePhone();
    const imported = await createMember({ communityId: world.community.id, phone, name: "周晓东", status: "ACTIVE" });
    await expect(register(world, { phone, code: "000000" })).rejects.toMatchObject({
      messageKey: "errors.checkForm",
      fieldErrors: { code: "phoneCode.invalid" },
    });
    expect(await db().member.findUniqueOrThrow({ where: { id: imported.id } })).toMatchObject({ userId: null });
    expect(await db().user.count({ where: { phone } })).toBe(0);
  });
});

describe("verification", () => {
  it("approves, rejects with a reason the member sees, and takes a corrected resubmission", async () => {
    const world = await createStreetWorld();
    const a = await register(world, { name: "甲" });
    const b = await register(world, { name: "乙" });
    await approveMembers({ actor: world.secretary, input: { memberIds: [a.memberId] } });
    await rejectMember({ actor: world.secretary, input: { id: b.memberId, reason: "房号与物业登记不符" } });
    expect(await db().member.findUniqueOrThrow({ where: { id: a.memberId } })).toMatchObject({ status: "ACTIVE" });
    expect(await db().member.findUniqueOrThrow({ where: { id: b.memberId } })).toMatchObject({
      status: "REJECTED",
      rejectReason: "房号与物业登记不符",
    });

    const memberActor = await actorFor(b.userId);
    const { input } = b;
    const result = await updateOwnProfile({ actor: memberActor, input: { ...input, memberId: b.memberId, room: "503" } });
    expect(result.needsVerification).toBe(true);
    expect(await db().member.findUniqueOrThrow({ where: { id: b.memberId } })).toMatchObject({
      status: "PENDING",
      room: "503",
      rejectReason: null,
    });

    const actions = (await db().auditEvent.findMany({ where: { entityId: b.memberId }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["member.report", "member.reject", "member.resubmit"]);
  });

  it("bulk approves only pending entries of the secretary's own community", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const mine = [await register(world, { name: "一" }), await register(world, { name: "二" })];
    const theirs = await register(other, { name: "三" });
    const result = await approveMembers({
      actor: world.secretary,
      input: { memberIds: [...mine.map((m) => m.memberId), theirs.memberId] },
    });
    expect(result.approved).toBe(2);
    expect(await db().member.findUniqueOrThrow({ where: { id: theirs.memberId } })).toMatchObject({ status: "PENDING" });
    expect(await db().auditEvent.count({ where: { action: "member.approve", scopeOrgId: world.community.id } })).toBe(2);
  });

  it("lists possible duplicates: same phone elsewhere, same name in the same building", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const phone = uniquePhone();
    await createMember({ communityId: other.community.id, phone, name: "王芳" });
    await createMember({ communityId: world.community.id, gridId: world.grid.id, buildingId: world.building.id, name: "李强" });
    const byPhone = await register(world, { phone, name: "王芳" });
    const byName = await register(world, { name: "李强" });
    const clean = await register(world, { name: "赵丽" });
    const pending = (await listPendingMembers({ actor: world.secretary })).members;
    const hints = Object.fromEntries(pending.map((p) => [p.id, p.duplicates.map((d) => d.reason)]));
    expect(hints[byPhone.memberId]).toEqual(["samePhoneElsewhere"]);
    expect(hints[byName.memberId]).toEqual(["sameNameAndBuilding"]);
    expect(hints[clean.memberId]).toEqual([]);
  });

  it("a secretary of another community cannot read, approve, reject or edit these members", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { memberId, input } = await register(world);
    await expect(getMemberFile({ actor: other.secretary, input: { id: memberId } })).rejects.toThrow(NotFoundError);
    await expect(approveMembers({ actor: other.secretary, input: { memberIds: [memberId] } })).rejects.toThrow(NotFoundError);
    await expect(rejectMember({ actor: other.secretary, input: { id: memberId, reason: "x" } })).rejects.toThrow(NotFoundError);
    const forged = {
      ...input,
      id: memberId,
      gridId: other.grid.id,
      buildingId: other.building.id,
      badgeNumber: undefined,
      isCenterHousehold: false,
      isCouncilMember: false,
      isBuildingLeader: false,
    };
    await expect(updateMember({ actor: other.secretary, input: forged })).rejects.toThrow(NotFoundError);
    expect((await listPendingMembers({ actor: other.secretary })).members).toEqual([]);
    expect(await db().member.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({
      status: "PENDING",
      communityId: world.community.id,
    });
    const unitAdmin = await createUser({
      grants: [{ role: "UNIT_ADMIN", organizationId: (await createWorkUnit({ streetId: world.street.id })).id }],
    });
    await expect(listPendingMembers({ actor: await actorFor(unitAdmin.id) })).rejects.toThrow(ForbiddenError);
  });
});

describe("member file", () => {
  it("edits are audited with before and after; moving out keeps the entry and its history", async () => {
    const world = await createStreetWorld();
    const building2 = await createBuilding({ grid: world.grid });
    const member = await createMember({
      communityId: world.community.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
      name: "孙丽",
    });
    await updateMember({
      actor: world.secretary,
      input: {
        id: member.id,
        name: "孙丽",
        phone: member.phone,
        gridId: world.grid.id,
        buildingId: building2.id,
        room: "101",
        kind: "RETIRED",
        skills: ["书法绘画"],
        isCenterHousehold: true,
        isCouncilMember: false,
        isBuildingLeader: true,
      },
    });
    await setMovedOut({ actor: world.secretary, input: { id: member.id, movedOut: true } });
    const { member: file, history } = await getMemberFile({ actor: world.secretary, input: { id: member.id } });
    expect(file).toMatchObject({ status: "MOVED_OUT", buildingId: building2.id, isCenterHousehold: true, kind: "RETIRED" });
    expect(history.map((h) => h.action)).toEqual(["member.moveOut", "member.update"]);
    expect(history[1].before).toMatchObject({ buildingId: world.building.id, isCenterHousehold: false });
    expect(history[1].after).toMatchObject({ buildingId: building2.id, isCenterHousehold: true });
  });

  it("refuses a phone another entry of the community already has", async () => {
    const world = await createStreetWorld();
    const a = await createMember({ communityId: world.community.id, gridId: world.grid.id, buildingId: world.building.id });
    const b = await createMember({ communityId: world.community.id, gridId: world.grid.id, buildingId: world.building.id });
    await expect(
      updateMember({
        actor: world.secretary,
        input: {
          id: b.id,
          name: b.name,
          phone: a.phone,
          gridId: world.grid.id,
          buildingId: world.building.id,
          room: "1",
          kind: "RESIDENT",
          skills: [],
          isCenterHousehold: false,
          isCouncilMember: false,
          isBuildingLeader: false,
        },
      }),
    ).rejects.toThrow(UserFacingError);
  });

  it("a member changing only skills stays verified; a new employer goes back to verification", async () => {
    const world = await createStreetWorld();
    const { memberId, userId, input } = await register(world);
    await approveMembers({ actor: world.secretary, input: { memberIds: [memberId] } });
    const actor = await actorFor(userId);
    expect((await updateOwnProfile({ actor, input: { ...input, memberId, skills: ["理发"] } })).needsVerification).toBe(false);
    expect(
      (
        await updateOwnProfile({
          actor,
          input: { ...input, memberId, employerName: "恒远物流有限公司", employerBranch: "恒远物流党支部" },
        })
      ).needsVerification,
    ).toBe(true);
    expect(await db().member.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({
      status: "PENDING",
      employerName: "恒远物流有限公司",
    });
  });

  it("a member cannot edit someone else's entry by forging the id", async () => {
    const world = await createStreetWorld();
    const mine = await register(world, { name: "我" });
    const theirs = await register(world, { name: "他" });
    await expect(
      updateOwnProfile({ actor: await actorFor(mine.userId), input: { ...mine.input, memberId: theirs.memberId } }),
    ).rejects.toThrow(NotFoundError);
  });
});
