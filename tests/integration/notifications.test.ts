import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { openNotification } from "@/lib/notifications/open-notification";
import { ACTIVITY_REMINDER_LOCK, sendActivityReminders } from "@/lib/notifications/send-activity-reminders";
import { createUser } from "@/prisma/factories";
import { createActivity, createMemberWithAccount, createNotification, createSignup } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

const HOUR = 60 * 60 * 1000;
let clock = Date.UTC(2090, 0, 1, 2, 0, 0);
/**
 * Each test gets its own "now", months apart and far from the real date, so the reminder window
 * of one test never contains another test's activities.
 */
function freshNow() {
  clock += 90 * 24 * HOUR;
  return new Date(clock);
}
const at = (now: Date, hours: number) => new Date(now.getTime() + hours * HOUR);

async function remindersFor(userIds: (string | null)[]) {
  return db().notification.findMany({
    where: { kind: "activityReminder", userId: { in: userIds.filter((id): id is string => !!id) } },
    orderBy: { id: "asc" },
  });
}

describe("day-before activity reminders", () => {
  it("go only to confirmed members with accounts, for published activities starting tomorrow", async () => {
    const world = await createStreetWorld();
    const communityId = world.community.id;
    const now = freshNow();
    const tomorrow = await createActivity({ communityId, startsAt: at(now, 23.5), title: "敬老院包饺子", place: "东湖敬老院" });
    const earliest = await createActivity({ communityId, startsAt: at(now, 0.5) });
    const tooSoon = await createActivity({ communityId, startsAt: at(now, -0.5) });
    const dayAfter = await createActivity({ communityId, startsAt: at(now, 48) });
    const windowEnd = await createActivity({ communityId, startsAt: at(now, 24.1) });
    const cancelled = await createActivity({ communityId, startsAt: at(now, 20), status: "CANCELLED" });
    const draft = await createActivity({ communityId, startsAt: at(now, 20), status: "DRAFT" });

    const confirmed = await createMemberWithAccount({ communityId });
    const noAccount = await createMemberWithAccount({ communityId, withAccount: false });
    const waitlisted = await createMemberWithAccount({ communityId });
    const withdrew = await createMemberWithAccount({ communityId });
    const disabled = await createMemberWithAccount({ communityId });
    await db().user.update({ where: { id: disabled.userId! }, data: { disabledAt: new Date() } });
    const others = await createMemberWithAccount({ communityId });

    await createSignup({ activityId: tomorrow.id, memberId: confirmed.member.id });
    await createSignup({ activityId: tomorrow.id, memberId: noAccount.member.id });
    await createSignup({ activityId: tomorrow.id, memberId: waitlisted.member.id, status: "WAITLISTED" });
    await createSignup({ activityId: tomorrow.id, memberId: withdrew.member.id, status: "CANCELLED" });
    await createSignup({ activityId: tomorrow.id, memberId: disabled.member.id });
    await createSignup({ activityId: earliest.id, memberId: confirmed.member.id });
    for (const activity of [tooSoon, dayAfter, windowEnd, cancelled, draft])
      await createSignup({ activityId: activity.id, memberId: others.member.id });

    const result = await sendActivityReminders({ now });
    expect(result).toEqual({ skipped: false, activities: 2, recipients: 2, sent: 2 });

    const everyone = [confirmed, noAccount, waitlisted, withdrew, disabled, others].map((m) => m.userId);
    const sent = await remindersFor(everyone);
    expect(sent.map((n) => [n.userId, n.link])).toEqual(
      expect.arrayContaining([
        [confirmed.userId, `/me/activities/${tomorrow.id}`],
        [confirmed.userId, `/me/activities/${earliest.id}`],
      ]),
    );
    expect(sent).toHaveLength(2);
    const reminder = sent.find((n) => n.link === `/me/activities/${tomorrow.id}`)!;
    expect(reminder).toMatchObject({
      kind: "activityReminder",
      params: { title: "敬老院包饺子", place: "东湖敬老院", startsAt: tomorrow.startsAt.toISOString() },
      dedupeKey: `reminder:${tomorrow.id}:${confirmed.userId}`,
      readAt: null,
    });
  });

  it("sends each reminder once when run again, and batches through many activities with equal start times", async () => {
    const world = await createStreetWorld();
    const communityId = world.community.id;
    const now = freshNow();
    const people = await Promise.all([1, 2, 3].map(() => createMemberWithAccount({ communityId })));
    const activities = [];
    for (const hours of [20, 20, 20, 20, 23]) activities.push(await createActivity({ communityId, startsAt: at(now, hours) }));
    for (const activity of activities)
      for (const p of people) await createSignup({ activityId: activity.id, memberId: p.member.id });

    const first = await sendActivityReminders({ now, batchSize: 2 });
    expect(first).toEqual({ skipped: false, activities: 5, recipients: 15, sent: 15 });
    const second = await sendActivityReminders({ now: at(now, 0.5), batchSize: 2 });
    expect(second).toEqual({ skipped: false, activities: 5, recipients: 15, sent: 0 });

    const sent = await remindersFor(people.map((p) => p.userId));
    expect(sent).toHaveLength(15);
    expect(new Set(sent.map((n) => n.dedupeKey)).size).toBe(15);
  });

  it("sends each reminder exactly once when several runs start at the same time", async () => {
    const world = await createStreetWorld();
    const communityId = world.community.id;
    const now = freshNow();
    const people = await Promise.all([1, 2, 3, 4].map(() => createMemberWithAccount({ communityId })));
    for (const hours of [4, 14, 22]) {
      const activity = await createActivity({ communityId, startsAt: at(now, hours) });
      for (const p of people) await createSignup({ activityId: activity.id, memberId: p.member.id });
    }

    const results = await Promise.all([1, 2, 3].map(() => sendActivityReminders({ now, batchSize: 1 })));
    const ran = results.filter((r) => !r.skipped);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(ran.reduce((sum, r) => sum + (r.skipped ? 0 : r.sent), 0)).toBe(12);

    const sent = await remindersFor(people.map((p) => p.userId));
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((n) => n.dedupeKey)).size).toBe(12);
  });

  it("skips while another run holds the advisory lock", async () => {
    const world = await createStreetWorld();
    const now = freshNow();
    const person = await createMemberWithAccount({ communityId: world.community.id });
    const activity = await createActivity({ communityId: world.community.id, startsAt: at(now, 20) });
    await createSignup({ activityId: activity.id, memberId: person.member.id });

    await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BigInt(ACTIVITY_REMINDER_LOCK)}::bigint)`;
      expect(await sendActivityReminders({ now })).toEqual({ skipped: true });
    });
    expect(await remindersFor([person.userId])).toHaveLength(0);
    expect(await sendActivityReminders({ now })).toMatchObject({ skipped: false, sent: 1 });
  });
});

describe("reading notifications", () => {
  async function twoUsers() {
    const world = await createStreetWorld();
    const mine = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    const theirs = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    return { world, me: await actorFor(mine.id), them: await actorFor(theirs.id) };
  }

  it("lists only the actor's own, newest first, 30 per page", async () => {
    const { me, them } = await twoUsers();
    const created: Awaited<ReturnType<typeof createNotification>>[] = [];
    for (let i = 0; i < 31; i++)
      created.push(await createNotification({ userId: me.userId, params: { community: "东湖社区", title: `活动${i}` } }));
    await createNotification({ userId: them.userId });

    const first = await listNotifications({ actor: me });
    expect(first).toMatchObject({ total: 31, unread: 31, page: 1, pageSize: 30 });
    expect(first.items).toHaveLength(30);
    expect(first.items[0].id).toBe(created[30].id.toString());
    expect(first.items.map((n) => n.params.title)).toEqual(
      created
        .slice(1)
        .reverse()
        .map((_, i) => `活动${30 - i}`),
    );
    const second = await listNotifications({ actor: me, input: { page: 2 } });
    expect(second.items.map((n) => n.id)).toEqual([created[0].id.toString()]);

    const theirList = await listNotifications({ actor: them });
    expect(theirList.total).toBe(1);
    expect(theirList.items.every((n) => !created.some((c) => c.id.toString() === n.id))).toBe(true);
    await expect(listNotifications({ actor: null })).rejects.toThrow();
  });

  it("opening marks only one's own as read; someone else's id is not found and unchanged", async () => {
    const { me, them } = await twoUsers();
    const mine = await createNotification({ userId: me.userId, link: "/me/activities/abc?x=1#top" });
    const evil = await createNotification({ userId: me.userId, link: "//evil.example/phish" });
    const theirs = await createNotification({ userId: them.userId });

    await expect(openNotification({ actor: me, input: { id: theirs.id.toString() } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openNotification({ actor: me, input: { id: "not-a-number" } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    expect(await openNotification({ actor: me, input: { id: mine.id.toString() } })).toEqual({
      link: "/me/activities/abc?x=1#top",
    });
    expect((await db().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    expect(await openNotification({ actor: me, input: { id: evil.id.toString() } })).toEqual({ link: null });
    // opening again is fine and keeps the first read time
    const readAt = (await db().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt;
    await openNotification({ actor: me, input: { id: mine.id.toString() } });
    expect((await db().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toEqual(readAt);
  });

  it("keeps an exact unread count, and mark-all touches only the actor's own", async () => {
    const { me, them } = await twoUsers();
    const mine: Awaited<ReturnType<typeof createNotification>>[] = [];
    for (let i = 0; i < 5; i++) mine.push(await createNotification({ userId: me.userId }));
    await createNotification({ userId: me.userId, readAt: new Date() });
    for (let i = 0; i < 3; i++) await createNotification({ userId: them.userId });

    expect(await countUnreadNotifications({ actor: me })).toBe(5);
    expect(await countUnreadNotifications({ actor: them })).toBe(3);
    await openNotification({ actor: me, input: { id: mine[2].id.toString() } });
    expect(await countUnreadNotifications({ actor: me })).toBe(4);

    expect(await markAllNotificationsRead({ actor: me })).toEqual({ count: 4 });
    expect(await countUnreadNotifications({ actor: me })).toBe(0);
    expect(await countUnreadNotifications({ actor: them })).toBe(3);
    expect(await markAllNotificationsRead({ actor: me })).toEqual({ count: 0 });
  });
});
