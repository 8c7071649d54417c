import { describe, expect, it } from "vitest";
import { signUpForActivity } from "@/lib/activities/sign-up-for-activity";
import { checkIn } from "@/lib/attendance/check-in";
import { createCheckinToken } from "@/lib/attendance/checkin-token";
import { addWalkIn } from "@/lib/attendance/add-walk-in";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { adjustPoints, pointsBalance } from "@/lib/points/ledger";
import { createMember } from "@/prisma/factories";
import { createActivity, createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

const HOUR = 3_600_000;

/** An activity that is on right now, with sign-ups made before it began. */
async function runningActivity(world: Awaited<ReturnType<typeof createStreetWorld>>, capacity = 10) {
  return createActivity(world, {
    capacity,
    startsAt: new Date(Date.now() + HOUR),
    signupDeadline: new Date(Date.now() + HOUR / 2),
    points: 5,
    hours: 2,
  });
}

async function startNow(activityId: string) {
  await db().activity.update({
    where: { id: activityId },
    data: {
      startsAt: new Date(Date.now() - 10 * 60_000),
      endsAt: new Date(Date.now() + HOUR),
      signupDeadline: new Date(Date.now() - 20 * 60_000),
    },
  });
}

describe("check-in with the rotating QR code", () => {
  it("checks in a confirmed member with a fresh token, once", async () => {
    const world = await createStreetWorld();
    const activity = await runningActivity(world);
    const [actor] = await createMemberActors(world, 1);
    await signUpForActivity({ actor, input: { activityId: activity.id } });
    await startNow(activity.id);
    const { token } = createCheckinToken(activity.id);
    await checkIn({ actor, input: { activityId: activity.id, token } });
    await checkIn({ actor, input: { activityId: activity.id, token } });
    expect(await db().activityRecord.findMany({ where: { activityId: activity.id } })).toMatchObject([
      { memberId: actor.memberId, status: "CHECKED_IN" },
    ]);
  });

  it("refuses expired, forged, other-activity and not-signed-up tokens, and outside the window", async () => {
    const world = await createStreetWorld();
    const activity = await runningActivity(world);
    const other = await runningActivity(world);
    const [signedUp, notSignedUp] = await createMemberActors(world, 2);
    await signUpForActivity({ actor: signedUp, input: { activityId: activity.id } });
    await startNow(activity.id);
    const fresh = createCheckinToken(activity.id).token;

    const expired = createCheckinToken(activity.id, Date.now() - 3 * 60_000).token;
    await expect(checkIn({ actor: signedUp, input: { activityId: activity.id, token: expired } })).rejects.toMatchObject({
      messageKey: "checkin.badToken",
    });
    const [window, signature] = fresh.split(".");
    const forged = `${window}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`;
    await expect(checkIn({ actor: signedUp, input: { activityId: activity.id, token: forged } })).rejects.toMatchObject({
      messageKey: "checkin.badToken",
    });
    await expect(
      checkIn({ actor: signedUp, input: { activityId: activity.id, token: `${Number(window) + 5}.${signature}` } }),
    ).rejects.toMatchObject({ messageKey: "checkin.badToken" });
    const otherToken = createCheckinToken(other.id).token;
    await expect(checkIn({ actor: signedUp, input: { activityId: activity.id, token: otherToken } })).rejects.toMatchObject({
      messageKey: "checkin.badToken",
    });
    await expect(checkIn({ actor: notSignedUp, input: { activityId: activity.id, token: fresh } })).rejects.toMatchObject({
      messageKey: "checkin.notSignedUp",
    });
    const tooEarly = createCheckinToken(other.id).token;
    await signUpForActivity({ actor: signedUp, input: { activityId: other.id } });
    await expect(checkIn({ actor: signedUp, input: { activityId: other.id, token: tooEarly } })).rejects.toMatchObject({
      messageKey: "checkin.outsideWindow",
    });
    expect(await db().activityRecord.count({ where: { activityId: { in: [activity.id, other.id] } } })).toBe(0);
  });

  it("a member of another community cannot check in by forging the activity id", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const activity = await runningActivity(world);
    await startNow(activity.id);
    const [stranger] = await createMemberActors(other, 1);
    await expect(
      checkIn({ actor: stranger, input: { activityId: activity.id, token: createCheckinToken(activity.id).token } }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe("confirming attendance and the points ledger", () => {
  it("confirms attendees (scanned or not), marks no-shows, credits points once, and locks the records", async () => {
    const world = await createStreetWorld();
    const activity = await runningActivity(world);
    const [a, b, c] = await createMemberActors(world, 3);
    for (const actor of [a, b, c]) await signUpForActivity({ actor, input: { activityId: activity.id } });
    await startNow(activity.id);
    await checkIn({ actor: a, input: { activityId: activity.id, token: createCheckinToken(activity.id).token } });

    const result = await confirmAttendance({
      actor: world.secretary,
      input: { activityId: activity.id, attended: [a.memberId, b.memberId], signedUp: [a.memberId, b.memberId, c.memberId] },
    });
    expect(result).toEqual({ confirmed: 2, noShows: 1 });
    const again = await confirmAttendance({
      actor: world.secretary,
      input: { activityId: activity.id, attended: [a.memberId, b.memberId, c.memberId], signedUp: [] },
    });
    expect(again).toEqual({ confirmed: 0, noShows: 0 });
    expect(await pointsBalance(a.memberId)).toBe(5);
    expect(await pointsBalance(b.memberId)).toBe(5);
    expect(await pointsBalance(c.memberId)).toBe(0);

    const record = await db().activityRecord.findFirstOrThrow({ where: { activityId: activity.id, memberId: a.memberId } });
    expect(record).toMatchObject({ status: "CONFIRMED", points: 5 });
    await expect(db().activityRecord.update({ where: { id: record.id }, data: { points: 50 } })).rejects.toThrow(/locked/);
    await expect(db().activityRecord.delete({ where: { id: record.id } })).rejects.toThrow(/locked/);
    const entry = await db().pointsEntry.findFirstOrThrow({ where: { memberId: a.memberId } });
    await expect(db().pointsEntry.update({ where: { id: entry.id }, data: { amount: 500 } })).rejects.toThrow(/append-only/);
    await expect(db().pointsEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect(await db().notification.count({ where: { kind: "attendanceConfirmed" } })).toBe(2);
  });

  it("adds a walk-in, and corrections are reasoned, audited adjustments that never go below zero", async () => {
    const world = await createStreetWorld();
    const activity = await runningActivity(world);
    await startNow(activity.id);
    const elder = await createMember({ communityId: world.community.id, name: "李爷爷" });
    await addWalkIn({ actor: world.secretary, input: { activityId: activity.id, memberId: elder.id } });
    await expect(
      addWalkIn({ actor: world.secretary, input: { activityId: activity.id, memberId: elder.id } }),
    ).rejects.toMatchObject({
      messageKey: "attendance.alreadyRecorded",
    });
    await adjustPoints({ actor: world.secretary, input: { memberId: elder.id, amount: -3, reason: "重复计分更正" } });
    await expect(
      adjustPoints({ actor: world.secretary, input: { memberId: elder.id, amount: -10, reason: "x" } }),
    ).rejects.toMatchObject({
      fieldErrors: { amount: "points.wouldGoNegative" },
    });
    expect(await pointsBalance(elder.id)).toBe(2);
    expect(await db().auditEvent.findFirst({ where: { action: "points.adjust", entityId: elder.id } })).toMatchObject({
      after: { amount: -3, reason: "重复计分更正", balance: 2 },
    });
  });

  it("the balance equals the ledger sum after a random sequence of operations", async () => {
    const world = await createStreetWorld();
    const members = await createMemberActors(world, 4);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const expected = new Map(members.map((m) => [m.memberId, 0]));
    for (let round = 0; round < 6; round++) {
      const activity = await createActivity(world, {
        capacity: 3,
        points: 1 + Math.floor(rand() * 9),
        startsAt: new Date(Date.now() + HOUR),
        signupDeadline: new Date(Date.now() + HOUR / 2),
      });
      for (const actor of members) if (rand() < 0.8) await signUpForActivity({ actor, input: { activityId: activity.id } });
      await startNow(activity.id);
      const confirmed = await db().signup.findMany({
        where: { activityId: activity.id, status: "CONFIRMED" },
        select: { memberId: true },
      });
      const attended = confirmed.map((s) => s.memberId).filter(() => rand() < 0.7);
      await confirmAttendance({ actor: world.secretary, input: { activityId: activity.id, attended, signedUp: [] } });
      for (const id of attended) expected.set(id, expected.get(id)! + activity.points);
      const target = members[Math.floor(rand() * members.length)];
      const amount = Math.floor(rand() * 7) - 3;
      if (amount !== 0 && expected.get(target.memberId)! + amount >= 0) {
        await adjustPoints({ actor: world.secretary, input: { memberId: target.memberId, amount, reason: "调整" } });
        expected.set(target.memberId, expected.get(target.memberId)! + amount);
      }
    }
    for (const member of members) {
      const sum =
        (await db().pointsEntry.aggregate({ where: { memberId: member.memberId }, _sum: { amount: true } }))._sum.amount ?? 0;
      expect(await pointsBalance(member.memberId)).toBe(sum);
      expect(sum).toBe(expected.get(member.memberId));
    }
  });

  it("another community's secretary cannot confirm or adjust", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const activity = await runningActivity(world);
    await startNow(activity.id);
    const member = await createMember({ communityId: world.community.id });
    await expect(
      confirmAttendance({ actor: other.secretary, input: { activityId: activity.id, attended: [member.id], signedUp: [] } }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      adjustPoints({ actor: other.secretary, input: { memberId: member.id, amount: 5, reason: "x" } }),
    ).rejects.toThrow(NotFoundError);
  });
});
