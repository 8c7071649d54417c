import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { AttendanceStatus, MemberStatus, RatingRoundStatus } from "@/lib/generated/prisma/enums";
import { getCommunityLetter } from "@/lib/letters/get-community-letter";
import { getLettersOfYear } from "@/lib/letters/get-letters-of-year";
import { listCommunityLettersForPrint } from "@/lib/letters/list-community-letters-for-print";
import { generateLetters, generateLettersForCommunity } from "@/lib/letters/generate-letters";
import { renderLettersPdf } from "@/lib/letters/letter-pdf";
import { parseServices } from "@/lib/letters/letter-rules";
import { letterPdfResponse } from "@/lib/letters/pdf-response";
import { acknowledgeLetter } from "@/lib/letters/acknowledge-letter";
import { getUnitLetter } from "@/lib/letters/get-unit-letter";
import { listUnitLetters } from "@/lib/letters/list-unit-letters";
import { refreshLetterServices } from "@/lib/letters/refresh-letter-services";
import { saveLetterSettings } from "@/lib/letters/save-letter-settings";
import { updateLetter } from "@/lib/letters/update-letter";
import { verifyLetter } from "@/lib/letters/verify-letter";
import { localYear } from "@/lib/time";
import { createActivity, createMember, createRecord, createUser, createWorkUnit, uniquePhone } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

/** Letters thank for a finished year: the last one. */
const YEAR = localYear(new Date()) - 1;
/** 09:00 Beijing time on a day of a year */
const at = (year: number, month: number, day: number) =>
  new Date(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T09:00:00+08:00`);

let activitySeq = 0;
function activity(
  communityId: string,
  options: { startsAt: Date; title?: string; category?: string; hours?: number; status?: "PUBLISHED" | "CANCELLED" },
) {
  activitySeq += 1;
  const { startsAt, title = `服务活动${activitySeq}`, category = "ENVIRONMENT", hours = 2, status } = options;
  return createActivity({
    communityId,
    startsAt,
    title,
    category,
    hours,
    status,
    place: "社区党群服务中心",
    signupDeadline: new Date(startsAt.getTime() - 3_600_000),
  });
}

function attend(
  a: { id: string; communityId: string },
  memberId: string,
  options: { status?: AttendanceStatus; hours?: number } = {},
) {
  const status = options.status ?? "CONFIRMED";
  return createRecord({ activity: a, memberId, status, hours: status === "CONFIRMED" ? (options.hours ?? 2) : 0 });
}

/** `count` confirmed activities of the member in the world's community in YEAR. */
async function serve(world: World, memberId: string, count: number, month = 3) {
  for (let i = 0; i < count; i += 1)
    await attend(await activity(world.community.id, { startsAt: at(YEAR, month, 1 + i) }), memberId);
}

async function rating(communityId: string, memberId: string, stars: number, status: RatingRoundStatus) {
  const round = await db().starRatingRound.upsert({
    where: { communityId_year: { communityId, year: YEAR } },
    create: { communityId, year: YEAR, status, thresholds: [10, 20, 40, 60, 80] },
    update: {},
  });
  await db().starRating.create({ data: { roundId: round.id, memberId, communityId, year: YEAR, points: 50, score: 50, stars } });
}

async function unitAdminOf(unitId: string): Promise<Actor> {
  const user = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unitId }] });
  return actorFor(user.id);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

function letterOf(memberId: string) {
  return db().thankYouLetter.findUnique({ where: { memberId_year: { memberId, year: YEAR } } });
}

describe("generating letters of thanks", () => {
  it("writes one letter per member at or above the threshold, from confirmed records of the year and community only, once", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const hospital = await createWorkUnit({
      streetId: world.street.id,
      name: "东湖区人民医院",
      partyBranchName: "东湖区人民医院第一党支部",
    });
    const unitMember = await createMember({ communityId: world.community.id, name: "张小伟", employerUnitId: hospital.id });
    const freeText = await createMember({
      communityId: world.community.id,
      name: "李明",
      employerName: "东湖科技有限公司",
      employerBranch: "东湖科技有限公司党委",
    });
    const almost = await createMember({ communityId: world.community.id, name: "王芳", employerName: "某物流公司" });
    const retired = await createMember({ communityId: world.community.id, name: "赵大爷", kind: "RETIRED" });
    const movedOut = await createMember({
      communityId: world.community.id,
      name: "孙丽",
      employerUnitId: hospital.id,
      status: "MOVED_OUT" as MemberStatus,
    });
    await db().member.update({ where: { id: movedOut.id }, data: { movedOutAt: at(YEAR, 10, 1) } });
    const pending = await createMember({
      communityId: world.community.id,
      name: "周未审",
      employerUnitId: hospital.id,
      status: "PENDING",
    });
    const elsewhere = await createMember({ communityId: other.community.id, name: "吴外社", employerUnitId: hospital.id });

    // the unit member: three confirmed services of the year, and records that must not count
    const cleaning = await activity(world.community.id, {
      startsAt: at(YEAR, 3, 14),
      title: "楼道清洁",
      category: "ENVIRONMENT",
      hours: 2,
    });
    const patrol = await activity(world.community.id, {
      startsAt: at(YEAR, 6, 1),
      title: "夜间治安巡逻",
      category: "SECURITY",
      hours: 3,
    });
    const lecture = await activity(world.community.id, {
      startsAt: at(YEAR, 11, 20),
      title: "反诈宣传",
      category: "PUBLICITY",
      hours: 1.5,
    });
    await attend(lecture, unitMember.id, { hours: 1.5 });
    await attend(cleaning, unitMember.id, { hours: 2 });
    await attend(patrol, unitMember.id, { hours: 2.5 });
    await attend(await activity(world.community.id, { startsAt: at(YEAR, 4, 1), title: "缺席的活动" }), unitMember.id, {
      status: "NO_SHOW",
    });
    await attend(await activity(world.community.id, { startsAt: at(YEAR, 4, 2), title: "未确认的活动" }), unitMember.id, {
      status: "CHECKED_IN",
    });
    await attend(await activity(world.community.id, { startsAt: at(YEAR - 1, 12, 31), title: "上一年的活动" }), unitMember.id);
    await attend(await activity(world.community.id, { startsAt: at(YEAR + 1, 1, 1), title: "下一年的活动" }), unitMember.id);
    await attend(
      await activity(world.community.id, { startsAt: at(YEAR, 5, 5), title: "取消的活动", status: "CANCELLED" }),
      unitMember.id,
    );
    await attend(await activity(other.community.id, { startsAt: at(YEAR, 5, 6), title: "别的社区的活动" }), unitMember.id);
    await rating(world.community.id, unitMember.id, 4, "FINAL");

    await serve(world, freeText.id, 3);
    await serve(world, almost.id, 2);
    await serve(world, retired.id, 4);
    await serve(world, movedOut.id, 3);
    await serve(world, pending.id, 5);
    for (let i = 0; i < 3; i += 1)
      await attend(await activity(other.community.id, { startsAt: at(YEAR, 7, 1 + i) }), elsewhere.id);

    const first = await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    expect(first).toMatchObject({ year: YEAR, threshold: 3, created: 3, existing: 0, belowThreshold: 1 });
    expect(first.noAddressee).toEqual([{ id: retired.id, name: "赵大爷", activities: 4 }]);

    const letters = await db().thankYouLetter.findMany({ where: { year: YEAR }, orderBy: { serial: "asc" } });
    expect(letters.map((l) => l.memberId).sort()).toEqual([unitMember.id, freeText.id, movedOut.id].sort());
    expect(new Set(letters.map((l) => l.serial)).size).toBe(3);
    for (const letter of letters) {
      expect(letter.serial).toMatch(new RegExp(`^[0-9A-F]{6,}-${YEAR}-\\d{4}$`));
      expect(letter.verifyCode).toMatch(/^[A-Za-z0-9_-]{16,}$/);
      expect(letter.communityId).toBe(world.community.id);
    }
    expect(letters.map((l) => l.serial.slice(-4)).sort()).toEqual(["0001", "0002", "0003"]);

    const toUnit = await letterOf(unitMember.id);
    expect(toUnit).toMatchObject({
      workUnitId: hospital.id,
      addressee: "东湖区人民医院第一党支部",
      employerName: "东湖区人民医院",
      activityCount: 3,
      stars: 4,
    });
    expect(Number(toUnit!.totalHours)).toBe(6);
    expect(parseServices(toUnit!.services)).toEqual([
      { title: "楼道清洁", category: "环境维护", date: `${YEAR}-03-14`, hours: 2 },
      { title: "夜间治安巡逻", category: "治安维稳", date: `${YEAR}-06-01`, hours: 2.5 },
      { title: "反诈宣传", category: "宣传教育", date: `${YEAR}-11-20`, hours: 1.5 },
    ]);
    expect(toUnit!.body).toContain(world.community.name);
    expect(toUnit!.body).toContain("张小伟");

    expect(await letterOf(freeText.id)).toMatchObject({
      workUnitId: null,
      addressee: "东湖科技有限公司党委",
      employerName: "东湖科技有限公司",
      activityCount: 3,
      stars: null,
    });
    expect(await letterOf(almost.id)).toBeNull();
    expect(await letterOf(retired.id)).toBeNull();
    expect(await letterOf(pending.id)).toBeNull();
    expect(await letterOf(elsewhere.id)).toBeNull();

    const audits = await db().auditEvent.findMany({ where: { action: "letter.generate", entityType: "ThankYouLetter" } });
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.scopeOrgId === world.community.id && a.actorId === world.secretary.userId)).toBe(true);

    // a second run writes nothing and leaves edited letters alone
    await updateLetter({
      actor: world.secretary,
      input: { id: toUnit!.id, contributions: "组织楼道志愿服务队", body: "改过的正文" },
    });
    const second = await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    expect(second).toMatchObject({ created: 0, existing: 3, belowThreshold: 1 });
    expect(await db().thankYouLetter.count({ where: { year: YEAR } })).toBe(3);
    expect(await letterOf(unitMember.id)).toMatchObject({
      serial: toUnit!.serial,
      verifyCode: toUnit!.verifyCode,
      body: "改过的正文",
      contributions: "组织楼道志愿服务队",
    });

    // a member who reaches the threshold later gets the next serial number
    await serve(world, almost.id, 1, 9);
    const third = await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    expect(third).toMatchObject({ created: 1, existing: 3, belowThreshold: 0 });
    expect(await letterOf(almost.id)).toMatchObject({ addressee: "某物流公司党组织", activityCount: 3 });
    expect((await letterOf(almost.id))!.serial.slice(-4)).toBe("0004");
    expect(await db().auditEvent.count({ where: { action: "letter.generate" } })).toBe(4);

    // the other community's own run sees only its own member
    const theirs = await generateLetters({ actor: other.secretary, input: { year: YEAR } });
    expect(theirs).toMatchObject({ created: 1, existing: 0 });
    const theirLetter = await letterOf(elsewhere.id);
    expect(theirLetter!.communityId).toBe(other.community.id);
    expect(theirLetter!.serial.split("-")[0]).not.toBe(toUnit!.serial.split("-")[0]);
    expect(parseServices(theirLetter!.services)).toHaveLength(3);
  });

  it("uses the community's threshold, counts no draft rating as an honour, and refuses future years", async () => {
    const world = await createStreetWorld();
    const member = await createMember({
      communityId: world.community.id,
      employerName: "某银行",
      employerBranch: "某银行支行党支部",
    });
    await serve(world, member.id, 2);
    await rating(world.community.id, member.id, 5, "DRAFT");
    expect(await generateLetters({ actor: world.secretary, input: { year: YEAR } })).toMatchObject({
      created: 0,
      belowThreshold: 1,
      threshold: 3,
    });

    expect(
      ((await rejection(saveLetterSettings({ actor: world.secretary, input: { threshold: 0 } }))) as UserFacingError).fieldErrors,
    ).toEqual({ threshold: "letters.thresholdRange" });
    expect(
      ((await rejection(saveLetterSettings({ actor: world.secretary, input: { threshold: 51 } }))) as UserFacingError)
        .fieldErrors,
    ).toEqual({ threshold: "letters.thresholdRange" });
    await saveLetterSettings({ actor: world.secretary, input: { threshold: 2, closing: "请贵单位继续支持社区工作。" } });
    expect(await getLettersOfYear({ actor: world.secretary, input: { year: YEAR } })).toMatchObject({
      threshold: 2,
      pending: 1,
      belowThreshold: 0,
      letters: [],
    });
    expect(await generateLetters({ actor: world.secretary, input: { year: YEAR } })).toMatchObject({ created: 1, threshold: 2 });
    const letter = await letterOf(member.id);
    expect(letter).toMatchObject({ activityCount: 2, stars: null });
    expect(letter!.body.endsWith("请贵单位继续支持社区工作。")).toBe(true);

    await expect(generateLetters({ actor: world.secretary, input: { year: localYear(new Date()) + 1 } })).rejects.toMatchObject({
      messageKey: "letters.badYear",
    });
  });
});

describe("editing, refreshing and acknowledging", () => {
  it("edits the free text and refreshes the services with an audit line each, until the unit acknowledges", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    const member = await createMember({ communityId: world.community.id, employerUnitId: unit.id });
    await serve(world, member.id, 3);
    await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    const { id } = (await letterOf(member.id))!;

    expect(
      await updateLetter({
        actor: world.secretary,
        input: { id, contributions: "  调解邻里纠纷 ", body: "感谢贵单位。\n希望继续支持。" },
      }),
    ).toEqual({ id, changed: true });
    expect(
      await updateLetter({
        actor: world.secretary,
        input: { id, contributions: "调解邻里纠纷", body: "感谢贵单位。\n希望继续支持。" },
      }),
    ).toEqual({ id, changed: false });
    const view = await getCommunityLetter({ actor: world.secretary, input: { id } });
    expect(view).toMatchObject({
      contributions: "调解邻里纠纷",
      body: "感谢贵单位。\n希望继续支持。",
      activityCount: 3,
      partyOrg: `中共${world.community.name}委员会`,
    });
    expect(view.issuedOn).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);

    await serve(world, member.id, 1, 12);
    expect(await refreshLetterServices({ actor: world.secretary, input: { id } })).toMatchObject({ activityCount: 4 });
    const refreshed = await getCommunityLetter({ actor: world.secretary, input: { id } });
    expect(refreshed).toMatchObject({ activityCount: 4, totalHours: 8, contributions: "调解邻里纠纷" });
    expect(refreshed.services.at(-1)?.date).toBe(`${YEAR}-12-01`);
    const updates = await db().auditEvent.findMany({ where: { entityId: id, action: "letter.update" }, orderBy: { id: "asc" } });
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({
      scopeOrgId: world.community.id,
      entityType: "ThankYouLetter",
      after: { contributions: "调解邻里纠纷" },
    });

    const admin = await unitAdminOf(unit.id);
    expect(await acknowledgeLetter({ actor: admin, input: { id } })).toEqual({ id, changed: true });
    expect(await acknowledgeLetter({ actor: admin, input: { id } })).toEqual({ id, changed: false });
    expect(await letterOf(member.id)).toMatchObject({ acknowledgedById: admin.userId });
    expect(
      await db().auditEvent.count({ where: { entityId: id, action: "letter.acknowledge", scopeOrgId: world.community.id } }),
    ).toBe(1);
    await expect(updateLetter({ actor: world.secretary, input: { id, body: "再改" } })).rejects.toMatchObject({
      messageKey: "letters.lockedAcknowledged",
    });
    await expect(refreshLetterServices({ actor: world.secretary, input: { id } })).rejects.toMatchObject({
      messageKey: "letters.lockedAcknowledged",
    });
  });
});

describe("who sees which letter", () => {
  it("gives a unit admin the letters to their unit only, from every community", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const ours = await createWorkUnit({ streetId: world.street.id });
    const theirs = await createWorkUnit({ streetId: world.street.id });
    const a = await createMember({ communityId: world.community.id, employerUnitId: ours.id });
    const b = await createMember({ communityId: other.community.id, employerUnitId: ours.id });
    const c = await createMember({ communityId: world.community.id, employerUnitId: theirs.id });
    const d = await createMember({
      communityId: world.community.id,
      employerName: "未注册单位",
      employerBranch: "未注册单位党支部",
    });
    for (const m of [a, c, d]) await serve(world, m.id, 3);
    for (let i = 0; i < 3; i += 1) await attend(await activity(other.community.id, { startsAt: at(YEAR, 8, 1 + i) }), b.id);
    await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    await generateLetters({ actor: other.secretary, input: { year: YEAR } });

    const admin = await unitAdminOf(ours.id);
    const inbox = await listUnitLetters({ actor: admin });
    expect(inbox.letters.map((l) => l.member.name).sort()).toEqual([a.name, b.name].sort());
    expect(inbox).toMatchObject({ unread: 2, years: [{ year: YEAR, count: 2 }] });
    expect((await listUnitLetters({ actor: admin, input: { year: YEAR - 1 } })).letters).toEqual([]);

    const mine = (await letterOf(a.id))!;
    expect(await getUnitLetter({ actor: admin, input: { id: mine.id } })).toMatchObject({
      memberName: a.name,
      communityName: world.community.name,
    });
    const foreign = (await letterOf(c.id))!;
    const unregistered = (await letterOf(d.id))!;
    expect(unregistered.workUnitId).toBeNull();
    for (const id of [foreign.id, unregistered.id, "not-a-uuid"]) {
      expect(await rejection(getUnitLetter({ actor: admin, input: { id } }))).toBeInstanceOf(NotFoundError);
      expect(await rejection(acknowledgeLetter({ actor: admin, input: { id } }))).toBeInstanceOf(NotFoundError);
    }
    expect(await letterOf(c.id)).toMatchObject({ acknowledgedAt: null });
    // a unit admin cannot use the community's side
    expect(await rejection(getCommunityLetter({ actor: admin, input: { id: mine.id } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(generateLetters({ actor: admin, input: { year: YEAR } }))).toBeInstanceOf(ForbiddenError);
  });

  it("keeps a secretary of another community out of this community's letters", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const member = await createMember({ communityId: world.community.id, employerName: "某单位" });
    await serve(world, member.id, 3);
    await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    const letter = (await letterOf(member.id))!;

    expect(await rejection(getCommunityLetter({ actor: other.secretary, input: { id: letter.id } }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(updateLetter({ actor: other.secretary, input: { id: letter.id, body: "篡改" } }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(refreshLetterServices({ actor: other.secretary, input: { id: letter.id } }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await listCommunityLettersForPrint({ actor: other.secretary, input: { year: YEAR } })).toEqual([]);
    expect((await getLettersOfYear({ actor: other.secretary, input: { year: YEAR } })).letters).toEqual([]);
    // generating acts on the secretary's own community only: nothing here changes
    expect(await generateLetters({ actor: other.secretary, input: { year: YEAR } })).toMatchObject({ created: 0, existing: 0 });
    expect(await letterOf(member.id)).toMatchObject({ body: letter.body, serial: letter.serial });
    expect(await db().thankYouLetter.count({ where: { communityId: world.community.id } })).toBe(1);

    const memberUser = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    const memberActor = await actorFor(memberUser.id);
    expect(await rejection(generateLetters({ actor: memberActor, input: { year: YEAR } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(getCommunityLetter({ actor: memberActor, input: { id: letter.id } }))).toBeInstanceOf(ForbiddenError);

    // the PDF route: no session, wrong role, other community
    const request = new Request(`http://localhost/community/letters/${letter.id}/pdf`);
    const load = (actor: Actor) => getCommunityLetter({ actor, input: { id: letter.id } });
    expect((await letterPdfResponse({ actor: null, input: { request, permission: "letters.manage", load } })).status).toBe(401);
    expect((await letterPdfResponse({ actor: memberActor, input: { request, permission: "letters.manage", load } })).status).toBe(
      403,
    );
    expect(
      (await letterPdfResponse({ actor: other.secretary, input: { request, permission: "letters.manage", load } })).status,
    ).toBe(404);
    const own = await letterPdfResponse({ actor: world.secretary, input: { request, permission: "letters.manage", load } });
    expect(own.status).toBe(200);
  });
});

describe("the public verification page", () => {
  it("shows the key facts of a letter for its code only, with the name masked and no phone number", async () => {
    const world = await createStreetWorld();
    const member = await createMember({
      communityId: world.community.id,
      name: "欧阳小明",
      phone: uniquePhone(),
      employerName: "某中学",
      employerBranch: "某中学党总支",
    });
    await serve(world, member.id, 3);
    await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    const letter = (await letterOf(member.id))!;

    const facts = await verifyLetter(letter.verifyCode);
    expect(facts).toMatchObject({
      serial: letter.serial,
      community: world.community.name,
      year: YEAR,
      maskedName: "欧**明",
      addressee: "某中学党总支",
      activityCount: 3,
      totalHours: 6,
    });
    expect(facts!.issuedOn).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const shown = JSON.stringify(facts);
    expect(shown).not.toContain(member.phone);
    expect(shown).not.toContain("小明");

    expect(await verifyLetter(`${letter.verifyCode.slice(0, -1)}${letter.verifyCode.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await verifyLetter("short")).toBeNull();
    expect(await verifyLetter("../../etc/passwd")).toBeNull();
    expect(await verifyLetter(letter.serial)).toBeNull();
  });
});

describe("PDF", () => {
  it("draws a letter as an A4 PDF with the Chinese font embedded", async () => {
    const world = await createStreetWorld();
    const member = await createMember({ communityId: world.community.id, employerName: "某医院", employerBranch: "某医院党委" });
    await serve(world, member.id, 3);
    await generateLetters({ actor: world.secretary, input: { year: YEAR } });
    const view = await getCommunityLetter({ actor: world.secretary, input: { id: (await letterOf(member.id))!.id } });
    const pdf = await renderLettersPdf([{ letter: view, verifyUrl: `http://localhost/verify/${view.verifyCode}` }]);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdf.toString("latin1");
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text).toContain("NotoSerifSC");
    // subset: far smaller than the 15 MB font
    expect(pdf.length).toBeLessThan(1_000_000);
    console.log(`letter PDF: ${pdf.length} bytes`);
  });
});

describe("a large community", () => {
  it("generates letters for 2,000 members in well under 20 seconds", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    const communityId = world.community.id;
    const MEMBERS = 2000;
    await db().member.createMany({
      data: Array.from({ length: MEMBERS }, (_, i) => ({
        communityId,
        name: `党员${String(i).padStart(4, "0")}`,
        phone: `199${String(i).padStart(8, "0")}`,
        status: "ACTIVE" as const,
        ...(i % 2 ? { employerUnitId: unit.id } : { employerName: `单位${i % 37}`, employerBranch: `单位${i % 37}党支部` }),
      })),
    });
    const members = await db().member.findMany({ where: { communityId }, select: { id: true }, orderBy: { name: "asc" } });
    const activities: { id: string }[] = [];
    for (let i = 0; i < 12; i += 1)
      activities.push(await activity(communityId, { startsAt: at(YEAR, i + 1, 10), title: `月度服务${i + 1}` }));
    // 0 to 5 confirmed activities each: a sixth of the members fall below the threshold of 3
    const records = members.flatMap((m, i) =>
      activities.slice(0, i % 6).map((a, j) => ({
        activityId: a.id,
        memberId: m.id,
        communityId,
        status: "CONFIRMED" as const,
        hours: 1 + (j % 3),
        confirmedAt: new Date(),
      })),
    );
    await db().activityRecord.createMany({ data: records });
    const qualifying = members.filter((_, i) => i % 6 >= 3).length;

    const started = performance.now();
    const summary = await generateLettersForCommunity({ communityId, year: YEAR, actorId: world.secretary.userId });
    const elapsed = performance.now() - started;
    console.log(
      `letters: ${summary.created} letters for ${MEMBERS} members (${records.length} records) in ${Math.round(elapsed)} ms`,
    );
    expect(summary).toMatchObject({
      created: qualifying,
      existing: 0,
      belowThreshold: MEMBERS - qualifying - members.filter((_, i) => i % 6 === 0).length,
    });
    expect(elapsed).toBeLessThan(20_000);
    expect(await db().thankYouLetter.count({ where: { communityId, year: YEAR } })).toBe(qualifying);
    expect(
      new Set((await db().thankYouLetter.findMany({ where: { communityId }, select: { serial: true } })).map((l) => l.serial))
        .size,
    ).toBe(qualifying);

    const againStarted = performance.now();
    expect(await generateLettersForCommunity({ communityId, year: YEAR, actorId: world.secretary.userId })).toMatchObject({
      created: 0,
      existing: qualifying,
    });
    console.log(`letters: second run (nothing new) in ${Math.round(performance.now() - againStarted)} ms`);
  });
});
