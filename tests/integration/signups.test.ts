import { describe, expect, it } from "vitest";
import { cancelOwnSignup } from "@/lib/activities/cancel-own-signup";
import { signUpForActivity } from "@/lib/activities/sign-up-for-activity";
import { signUpOnBehalf } from "@/lib/activities/sign-up-on-behalf";
import { cancelActivity } from "@/lib/activities/cancel-activity";
import { publishActivity } from "@/lib/activities/publish-activity";
import { updateActivity } from "@/lib/activities/update-activity";
import { db } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { createMember, createPledge, createServiceItem } from "@/prisma/factories";
import { createActivity, createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

async function counts(activityId: string) {
  const rows = await db().signup.groupBy({ by: ["status"], where: { activityId }, _count: { _all: true } });
  const activity = await db().activity.findUniqueOrThrow({ where: { id: activityId } });
  return { ...Object.fromEntries(rows.map((r) => [r.status, r._count._all])), confirmedCount: activity.confirmedCount };
}

describe("sign-up with capacity and waitlist", () => {
  it("200 concurrent sign-ups for 30 places give exactly 30 confirmed and 170 waitlisted, no duplicates", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 30 });
    const members = await createMemberActors(world, 200);
    const started = performance.now();
    const results = await Promise.allSettled(
      members.map((actor) => signUpForActivity({ actor, input: { activityId: activity.id } })),
    );
    const elapsed = performance.now() - started;
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await counts(activity.id)).toEqual({ CONFIRMED: 30, WAITLISTED: 170, confirmedCount: 30 });
    expect(await db().signup.count({ where: { activityId: activity.id } })).toBe(200);
    console.info(`200 concurrent sign-ups: ${elapsed.toFixed(0)} ms`);
  });

  it("the same member signing up twice at once gets one sign-up", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 5 });
    const [actor] = await createMemberActors(world, 1);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => signUpForActivity({ actor, input: { activityId: activity.id } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(
      refused.every((r) => r.reason instanceof UserFacingError && r.reason.messageKey === "activities.alreadySignedUp"),
    ).toBe(true);
    expect(await counts(activity.id)).toEqual({ CONFIRMED: 1, confirmedCount: 1 });
  });

  it("a cancellation promotes exactly the first on the waitlist, who is told", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 2 });
    const [a, b, c, d] = await createMemberActors(world, 4);
    for (const actor of [a, b, c, d]) await signUpForActivity({ actor, input: { activityId: activity.id } });
    const { promoted } = await cancelOwnSignup({ actor: a, input: { activityId: activity.id } });
    expect(promoted).toEqual([c.memberId]);
    expect(await counts(activity.id)).toEqual({ CONFIRMED: 2, WAITLISTED: 1, CANCELLED: 1, confirmedCount: 2 });
    expect(await db().notification.count({ where: { userId: c.userId, kind: "promotedFromWaitlist" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: d.userId } })).toBe(0);
    // signing up again after cancelling goes to the back of the queue
    expect((await signUpForActivity({ actor: a, input: { activityId: activity.id } })).status).toBe("WAITLISTED");
  });

  it("concurrent cancellations each promote one, never more than capacity", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 5 });
    const members = await createMemberActors(world, 15);
    for (const actor of members) await signUpForActivity({ actor, input: { activityId: activity.id } });
    await Promise.all(members.slice(0, 5).map((actor) => cancelOwnSignup({ actor, input: { activityId: activity.id } })));
    expect(await counts(activity.id)).toEqual({ CONFIRMED: 5, WAITLISTED: 5, CANCELLED: 5, confirmedCount: 5 });
  });

  it("refuses after the deadline, unverified members, and another community's activity by forged id", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const [actor] = await createMemberActors(world, 1);
    const late = await createActivity(world, {
      startsAt: new Date(Date.now() + 3_600_000),
      signupDeadline: new Date(Date.now() - 60_000),
    });
    await expect(signUpForActivity({ actor, input: { activityId: late.id } })).rejects.toMatchObject({
      messageKey: "activities.deadlinePassed",
    });
    const foreign = await createActivity(other);
    await expect(signUpForActivity({ actor, input: { activityId: foreign.id } })).rejects.toThrow(NotFoundError);
    const draft = await createActivity(world, { status: "DRAFT" });
    await expect(signUpForActivity({ actor, input: { activityId: draft.id } })).rejects.toThrow(NotFoundError);
    await db().member.update({ where: { id: actor.memberId }, data: { status: "PENDING" } });
    const open = await createActivity(world);
    await expect(signUpForActivity({ actor, input: { activityId: open.id } })).rejects.toMatchObject({
      messageKey: "activities.notVerified",
    });
    expect(await db().signup.count({ where: { memberId: actor.memberId } })).toBe(0);
  });

  it("the secretary signs up a member without a phone, but only of their own community", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const activity = await createActivity(world);
    const elder = await createMember({ communityId: world.community.id, name: "王奶奶" });
    const stranger = await createMember({ communityId: other.community.id });
    expect(
      (await signUpOnBehalf({ actor: world.secretary, input: { activityId: activity.id, memberId: elder.id } })).status,
    ).toBe("CONFIRMED");
    await expect(
      signUpOnBehalf({ actor: world.secretary, input: { activityId: activity.id, memberId: stranger.id } }),
    ).rejects.toMatchObject({ fieldErrors: { memberId: "activities.memberNotActive" } });
    await expect(
      signUpOnBehalf({ actor: other.secretary, input: { activityId: activity.id, memberId: stranger.id } }),
    ).rejects.toThrow(NotFoundError);
  });

  it("the database itself refuses more confirmed places than capacity", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 1 });
    await expect(db().activity.update({ where: { id: activity.id }, data: { confirmedCount: 2 } })).rejects.toThrow(
      /Activity_confirmed_within_capacity|check/i,
    );
  });
});

describe("publishing, changing and cancelling", () => {
  it("publishing tells members who pledged the category; a bigger capacity promotes; cancelling tells everyone with the reason", async () => {
    const world = await createStreetWorld();
    const members = await createMemberActors(world, 3);
    const draft = await createActivity(world, { status: "DRAFT", capacity: 1 });
    const item = await createServiceItem({
      communityId: world.community.id,
      year: new Date(draft.startsAt).getFullYear(),
      categoryId: draft.categoryId,
      title: "楼道清洁",
    });
    await createPledge({ memberId: members[0].memberId, item, remark: "周六上午", availability: ["WEEKEND"] });
    const { notified } = await publishActivity({ actor: world.secretary, input: { id: draft.id } });
    expect(notified).toBe(1);
    expect(await db().notification.count({ where: { userId: members[0].userId, kind: "activityPublished" } })).toBe(1);

    for (const actor of members) await signUpForActivity({ actor, input: { activityId: draft.id } });
    const input = {
      title: draft.title,
      place: "新地点",
      categoryId: draft.categoryId,
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
      signupDeadline: draft.signupDeadline,
      capacity: 2,
      points: 5,
      hours: 2,
    };
    await updateActivity({ actor: world.secretary, input: { ...input, id: draft.id } });
    expect(await counts(draft.id)).toEqual({ CONFIRMED: 2, WAITLISTED: 1, confirmedCount: 2 });
    expect(await db().notification.count({ where: { kind: "activityChanged" } })).toBe(3);
    await expect(
      updateActivity({ actor: world.secretary, input: { ...input, id: draft.id, capacity: 1 } }),
    ).rejects.toMatchObject({ fieldErrors: { capacity: "activities.capacityBelowConfirmed" } });

    await cancelActivity({ actor: world.secretary, input: { id: draft.id, reason: "暴雨预警" } });
    const cancelled = await db().notification.findMany({ where: { kind: "activityCancelled" } });
    expect(cancelled).toHaveLength(3);
    expect(cancelled[0].params).toMatchObject({ reason: "暴雨预警" });
    await expect(signUpForActivity({ actor: members[2], input: { activityId: draft.id } })).rejects.toThrow(NotFoundError);
  });
});
