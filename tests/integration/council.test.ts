import { describe, expect, it } from "vitest";
import { appointCouncilMember } from "@/lib/council/appoint-council-member";
import { convertToActivity } from "@/lib/council/convert-to-activity";
import { convertToMenuItem } from "@/lib/council/convert-to-menu-item";
import { convertToNeed } from "@/lib/council/convert-to-need";
import { createConsultation } from "@/lib/council/create-consultation";
import { decideConsultation } from "@/lib/council/decide-consultation";
import { endCouncilSeat } from "@/lib/council/end-council-seat";
import { getMemberConsultation } from "@/lib/council/get-member-consultation";
import { giveOpinion } from "@/lib/council/give-opinion";
import { listMemberConsultations } from "@/lib/council/list-member-consultations";
import { openConsultation } from "@/lib/council/open-consultation";
import { publishDecision } from "@/lib/council/publish-decision";
import { recordMeeting } from "@/lib/council/record-meeting";
import { db } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { localDay, parseLocalDateTime } from "@/lib/time";
import { councilParticipation } from "@/lib/council/council-participation";
import { categoryIdOf, createCouncilSeat } from "@/prisma/factories";
import { createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

/** A community with two council members, one plain member and a draft consultation. */
async function councilWorld() {
  const world = await createStreetWorld();
  const [councillor, second, plain] = await createMemberActors(world, 3);
  await createCouncilSeat({ communityId: world.community.id, memberId: councillor.memberId });
  await createCouncilSeat({ communityId: world.community.id, memberId: second.memberId });
  const { id } = await createConsultation({
    actor: world.secretary,
    input: { title: `加装电梯${Date.now()}`, background: "3号楼居民提出加装电梯", links: [], options: ["同意", "不同意"] },
  });
  return { world, councillor, second, plain, id };
}

// the day after tomorrow, 18:00 Beijing (10:00 UTC): the deadline as the secretary typed it
const DAY = localDay(new Date(Date.now() + 2 * 86_400_000));
const DEADLINE = parseLocalDateTime(`${DAY}T18:00`)!;
const BEFORE = new Date(DEADLINE.getTime() - 1);

async function openUntilDeadline(world: World, id: string, openToAll = false) {
  await openConsultation({ actor: world.secretary, input: { id, deadline: DEADLINE, openToAll } });
}

describe("council seats", () => {
  it("appoints a verified member for a term, refuses an overlapping term, keeps the flag in sync", async () => {
    const world = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    const startsOn = new Date("2026-01-01T00:00:00+08:00");
    const endsOn = new Date("2029-01-01T00:00:00+08:00");
    const { id } = await appointCouncilMember({ actor: world.secretary, input: { memberId: member.memberId, startsOn, endsOn } });
    expect((await db().member.findUniqueOrThrow({ where: { id: member.memberId } })).isCouncilMember).toBe(true);
    await expect(
      appointCouncilMember({ actor: world.secretary, input: { memberId: member.memberId, startsOn, endsOn } }),
    ).rejects.toMatchObject({ fieldErrors: { memberId: "council.alreadySeated" } });
    await endCouncilSeat({ actor: world.secretary, input: { id } });
    expect((await db().member.findUniqueOrThrow({ where: { id: member.memberId } })).isCouncilMember).toBe(false);
  });

  it("does not appoint a member of another community", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const [stranger] = await createMemberActors(other, 1);
    const input = { memberId: stranger.memberId, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-01-01") };
    await expect(appointCouncilMember({ actor: world.secretary, input })).rejects.toMatchObject({
      fieldErrors: { memberId: "council.badMember" },
    });
    expect(await db().councilSeat.count({ where: { memberId: stranger.memberId } })).toBe(0);
  });
});

describe("opinions", () => {
  it("invites the sitting council; only the invited give an opinion, until the deadline (Beijing time)", async () => {
    const { world, councillor, second, plain, id } = await councilWorld();
    await openUntilDeadline(world, id);
    expect(await db().consultationInvitation.count({ where: { consultationId: id } })).toBe(2);
    expect(await db().notification.count({ where: { userId: councillor.userId, kind: "councilInvited" } })).toBe(1);

    await giveOpinion({ actor: councillor, input: { id, option: 0, reasons: "方便老人" }, now: BEFORE });
    // changing one's mind before the deadline replaces the opinion
    await giveOpinion({ actor: councillor, input: { id, option: 1, reasons: "费用分摊未定" }, now: BEFORE });
    // not invited: as if the consultation did not exist
    await expect(giveOpinion({ actor: plain, input: { id, option: 0, reasons: "同意" }, now: BEFORE })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // at the deadline's very instant (18:00 Beijing, 10:00 UTC) it is closed
    await expect(giveOpinion({ actor: second, input: { id, option: 0, reasons: "同意" }, now: DEADLINE })).rejects.toMatchObject({
      messageKey: "council.opinion.closed",
    });
    expect(DEADLINE.toISOString()).toBe(`${DAY}T10:00:00.000Z`);
    const opinions = await db().consultationOpinion.findMany({ where: { consultationId: id } });
    expect(opinions).toMatchObject([{ memberId: councillor.memberId, option: 1, reasons: "费用分摊未定" }]);
  });

  it("refuses opinions on a draft, an option that does not exist, and a member of another community", async () => {
    const { world, councillor, id } = await councilWorld();
    await expect(giveOpinion({ actor: councillor, input: { id, option: 0, reasons: "x" }, now: BEFORE })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await openUntilDeadline(world, id);
    await expect(giveOpinion({ actor: councillor, input: { id, option: 2, reasons: "x" }, now: BEFORE })).rejects.toMatchObject({
      fieldErrors: { option: "validation.required" },
    });
    const other = await createStreetWorld();
    const [stranger] = await createMemberActors(other, 1);
    await createCouncilSeat({ communityId: other.community.id, memberId: stranger.memberId });
    await expect(giveOpinion({ actor: stranger, input: { id, option: 0, reasons: "x" }, now: BEFORE })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db().consultationOpinion.count({ where: { consultationId: id } })).toBe(0);
  });

  it("an id from a URL that is not a uuid is not found (never a database error)", async () => {
    const { world, plain } = await councilWorld();
    for (const id of ["not-a-uuid", "1e99", "../../api"]) {
      await expect(getMemberConsultation({ actor: plain, input: { id } })).rejects.toBeInstanceOf(NotFoundError);
      await expect(publishDecision({ actor: world.secretary, input: { id } })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("opened to all, any verified member of the community may answer", async () => {
    const { world, plain, id } = await councilWorld();
    await openUntilDeadline(world, id, true);
    await giveOpinion({ actor: plain, input: { id, option: 0, reasons: "支持" }, now: BEFORE });
    expect(await db().consultationOpinion.count({ where: { consultationId: id } })).toBe(1);
    const { open } = await listMemberConsultations({ actor: plain });
    expect(open.map((c) => c.id)).toContain(id);
  });
});

describe("decision and the one linked item", () => {
  async function adopted() {
    const w = await councilWorld();
    await openUntilDeadline(w.world, w.id);
    await giveOpinion({ actor: w.councillor, input: { id: w.id, option: 0, reasons: "同意" }, now: BEFORE });
    await recordMeeting({
      actor: w.world.secretary,
      input: {
        id: w.id,
        meetingAt: new Date(DEADLINE.getTime() + 86_400_000),
        attendees: [w.councillor.memberId],
        minutes: "会议纪要",
      },
    });
    await decideConsultation({ actor: w.world.secretary, input: { id: w.id, outcome: "ADOPTED", reason: "多数同意" } });
    return w;
  }

  it("records the meeting with attendees from the invited only", async () => {
    const { world, plain, id } = await councilWorld();
    await openUntilDeadline(world, id);
    await expect(
      recordMeeting({
        actor: world.secretary,
        input: { id, meetingAt: new Date(), attendees: [plain.memberId], minutes: "纪要" },
      }),
    ).rejects.toMatchObject({ fieldErrors: { attendees: "council.attendeeNotInvited" } });
    expect((await db().consultation.findUniqueOrThrow({ where: { id } })).meetingAt).toBeNull();
  });

  it("turns an adopted proposal into exactly one menu item, linked both ways, also under two concurrent clicks", async () => {
    const { world, id } = await adopted();
    const categoryId = await categoryIdOf("ADVICE");
    const results = await Promise.allSettled([
      convertToMenuItem({ actor: world.secretary, input: { id, categoryId } }),
      convertToMenuItem({ actor: world.secretary, input: { id, categoryId } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserFacingError);
    expect(refused.reason.messageKey).toBe("council.alreadyConverted");
    const consultation = await db().consultation.findUniqueOrThrow({ where: { id }, include: { serviceItem: true } });
    expect(await db().serviceItem.count({ where: { communityId: world.community.id, title: consultation.title } })).toBe(1);
    const item = await db().serviceItem.findUniqueOrThrow({
      where: { id: consultation.serviceItemId! },
      include: { consultation: true },
    });
    expect(item.consultation?.id).toBe(id);
    // and no activity on top of it
    await expect(
      convertToActivity({
        actor: world.secretary,
        input: {
          consultationId: id,
          title: "x",
          place: "x",
          categoryId,
          startsAt: new Date(Date.now() + 86_400_000),
          endsAt: new Date(Date.now() + 90_000_000),
          signupDeadline: new Date(Date.now() + 3_600_000),
          capacity: 5,
          points: 0,
          hours: 1,
        },
      }),
    ).rejects.toMatchObject({ messageKey: "council.alreadyConverted" });
  });

  it("turns an adopted proposal into one draft activity; a second click under concurrency is refused", async () => {
    const { world, id } = await adopted();
    const categoryId = await categoryIdOf("ADVICE");
    const input = {
      consultationId: id,
      title: "电梯加装说明会",
      place: "社区会议室",
      categoryId,
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
      signupDeadline: new Date(Date.now() + 3_600_000),
      capacity: 30,
      points: 2,
      hours: 1,
    };
    const results = await Promise.allSettled([
      convertToActivity({ actor: world.secretary, input }),
      convertToActivity({ actor: world.secretary, input }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().activity.count({ where: { communityId: world.community.id, title: "电梯加装说明会" } })).toBe(1);
    const activity = await db().activity.findFirstOrThrow({
      where: { communityId: world.community.id, title: "电梯加装说明会" },
      include: { consultation: true },
    });
    expect(activity).toMatchObject({ status: "DRAFT", consultation: { id } });
  });

  it("turns an adopted proposal into one need waiting for triage, linked both ways, once under concurrent clicks", async () => {
    const { world, id } = await adopted();
    const categoryId = await categoryIdOf("ADVICE");
    const results = await Promise.allSettled([
      convertToNeed({ actor: world.secretary, input: { id, categoryId } }),
      convertToNeed({ actor: world.secretary, input: { id, categoryId } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const needs = await db().need.findMany({
      where: { communityId: world.community.id },
      include: { consultation: true, events: true },
    });
    expect(needs).toHaveLength(1);
    expect(needs[0]).toMatchObject({
      status: "SUBMITTED",
      source: "ON_BEHALF",
      residentPhone: null,
      consultation: { id },
      events: [{ kind: "submitted" }],
    });
    await expect(convertToMenuItem({ actor: world.secretary, input: { id, categoryId } })).rejects.toMatchObject({
      messageKey: "council.alreadyConverted",
    });
  });

  it("the database itself refuses a consultation linked to two items", async () => {
    const { world, id } = await adopted();
    const { serviceItemId } = await convertToMenuItem({
      actor: world.secretary,
      input: { id, categoryId: await categoryIdOf("ADVICE") },
    });
    const activity = await db().activity.findFirstOrThrow({ where: {} });
    await expect(db().consultation.update({ where: { id }, data: { activityId: activity.id } })).rejects.toThrow();
    expect((await db().consultation.findUniqueOrThrow({ where: { id } })).serviceItemId).toBe(serviceItemId);
  });

  it("does not turn a proposal that was not adopted, nor one of another community", async () => {
    const { world, id } = await councilWorld();
    await openUntilDeadline(world, id);
    await decideConsultation({ actor: world.secretary, input: { id, outcome: "NOT_ADOPTED", reason: "条件不成熟" } });
    const categoryId = await categoryIdOf("ADVICE");
    await expect(convertToMenuItem({ actor: world.secretary, input: { id, categoryId } })).rejects.toMatchObject({
      messageKey: "council.notAdopted",
    });
    const other = await createStreetWorld();
    await expect(convertToMenuItem({ actor: other.secretary, input: { id, categoryId } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("publishes the decision to members (议事公开) and counts taking part under 建言献策", async () => {
    const { world, councillor, second, plain, id } = await adopted();
    // before publication a member who was not invited does not see it
    await expect(getMemberConsultation({ actor: plain, input: { id } })).rejects.toBeInstanceOf(NotFoundError);
    await publishDecision({ actor: world.secretary, input: { id } });
    const seen = await getMemberConsultation({ actor: plain, input: { id } });
    expect(seen).toMatchObject({ status: "PUBLISHED", outcome: "ADOPTED", decisionReason: "多数同意", own: null });
    expect(seen.tally).toEqual([
      { label: "同意", count: 1 },
      { label: "不同意", count: 0 },
    ]);
    const { published } = await listMemberConsultations({ actor: plain });
    expect(published.map((c) => c.id)).toContain(id);
    expect(await councilParticipation({ memberId: councillor.memberId, communityId: world.community.id })).toMatchObject({
      opinions: 1,
      meetings: 1,
    });
    expect(await councilParticipation({ memberId: second.memberId, communityId: world.community.id })).toMatchObject({
      opinions: 0,
      meetings: 0,
    });
  });
});
