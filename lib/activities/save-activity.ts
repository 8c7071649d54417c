import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { localYear } from "../time.ts";
import type { ActivityInput } from "./schema.ts";
import { promoteFromWaitlist } from "./signups.ts";

async function checkCategoryAndItem(tx: Tx, communityId: string, input: ActivityInput) {
  const category = await tx.serviceCategory.findFirst({
    where: { id: input.categoryId, archivedAt: null, OR: [{ communityId: null }, { communityId }] },
    select: { id: true },
  });
  if (!category) throw new UserFacingError("errors.checkForm", { categoryId: "activities.badCategory" });
  if (input.itemId) {
    const item = await tx.serviceItem.findFirst({
      where: { id: input.itemId, communityId, year: localYear(input.startsAt), status: { in: ["OPEN", "CLOSED"] } },
      select: { categoryId: true },
    });
    if (!item) throw new UserFacingError("errors.checkForm", { itemId: "activities.badItem" });
    if (item.categoryId !== input.categoryId)
      throw new UserFacingError("errors.checkForm", { categoryId: "activities.categoryOfItem" });
  }
}

function snapshot(a: {
  title: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  signupDeadline: Date;
  capacity: number;
  points: number;
  hours: unknown;
  categoryId: string;
  itemId: string | null;
}) {
  const { title, place, startsAt, endsAt, signupDeadline, capacity, points, categoryId, itemId } = a;
  return { title, place, startsAt, endsAt, signupDeadline, capacity, points, hours: Number(a.hours), categoryId, itemId };
}

function fields(input: ActivityInput) {
  return {
    title: input.title,
    description: input.description ?? null,
    place: input.place,
    categoryId: input.categoryId,
    itemId: input.itemId ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    signupDeadline: input.signupDeadline,
    capacity: input.capacity,
    points: input.points,
    hours: input.hours,
  };
}

/** A new activity starts as a draft; members see it once published. */
export async function createActivity(options: { actor: Actor; input: ActivityInput }) {
  const community = authorize(options.actor, "activities.manage");
  return db().$transaction(async (tx) => {
    await checkCategoryAndItem(tx, community.orgId, options.input);
    const activity = await tx.activity.create({
      data: { ...fields(options.input), communityId: community.orgId, createdById: options.actor.userId },
    });
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "activity.create",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      after: snapshot(activity),
    });
    return { id: activity.id };
  });
}

/**
 * Edits an activity. A bigger capacity promotes from the waitlist; a capacity below the confirmed
 * sign-ups is refused. Members who signed up are told when time or place changes.
 */
export async function updateActivity(options: { actor: Actor; id: string; input: ActivityInput }) {
  const community = authorize(options.actor, "activities.manage");
  const { input } = options;
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Activity" WHERE id = ${options.id}::uuid AND "communityId" = ${community.orgId}::uuid FOR UPDATE`;
    const before = locked && (await tx.activity.findUnique({ where: { id: locked.id } }));
    if (!before || before.status === "CANCELLED") throw new NotFoundError();
    if (input.capacity < before.confirmedCount) {
      throw new UserFacingError("errors.checkForm", { capacity: "activities.capacityBelowConfirmed" });
    }
    await checkCategoryAndItem(tx, community.orgId, input);
    const after = await tx.activity.update({ where: { id: before.id }, data: fields(input) });
    if (before.status === "PUBLISHED") {
      if (after.capacity > before.confirmedCount) await promoteFromWaitlist(tx, after, after.capacity - before.confirmedCount);
      const moved =
        before.startsAt.getTime() !== after.startsAt.getTime() ||
        before.endsAt.getTime() !== after.endsAt.getTime() ||
        before.place !== after.place;
      if (moved) {
        const signups = await tx.signup.findMany({
          where: { activityId: after.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
          select: { member: { select: { userId: true } } },
        });
        await notify(tx, {
          userIds: signups.map((s) => s.member.userId),
          kind: "activityChanged",
          params: { title: after.title, place: after.place, startsAt: after.startsAt.toISOString() },
          link: `/me/activities/${after.id}`,
        });
      }
    }
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "activity.update",
      entityType: "Activity",
      entityId: after.id,
      scopeOrgId: community.orgId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return { id: after.id };
  });
}

/** Publishing tells the members who pledged items of the activity's category this year. */
export async function publishActivity(options: { actor: Actor; id: string }) {
  const community = authorize(options.actor, "activities.manage");
  return db().$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: options.id, communityId: community.orgId, status: "DRAFT" },
      include: { community: { select: { name: true } } },
    });
    if (!activity) throw new NotFoundError();
    if (activity.signupDeadline < new Date()) throw new UserFacingError("activities.publishTooLate");
    await tx.activity.update({ where: { id: activity.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const pledgers = await tx.member.findMany({
      where: {
        communityId: community.orgId,
        status: "ACTIVE",
        userId: { not: null },
        pledges: { some: { withdrawnAt: null, year: localYear(activity.startsAt), item: { categoryId: activity.categoryId } } },
      },
      select: { userId: true },
    });
    await notify(tx, {
      userIds: pledgers.map((m) => m.userId),
      kind: "activityPublished",
      params: { title: activity.title, community: activity.community.name, startsAt: activity.startsAt.toISOString() },
      link: `/me/activities/${activity.id}`,
    });
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "activity.publish",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      after: { status: "PUBLISHED" },
    });
    return { id: activity.id, notified: pledgers.length };
  });
}

/** Cancelling keeps the activity and its sign-ups; everyone signed up sees the reason. */
export async function cancelActivity(options: { actor: Actor; id: string; reason: string }) {
  const community = authorize(options.actor, "activities.manage");
  return db().$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: options.id, communityId: community.orgId, status: { in: ["DRAFT", "PUBLISHED"] } },
    });
    if (!activity) throw new NotFoundError();
    await tx.activity.update({ where: { id: activity.id }, data: { status: "CANCELLED", cancelReason: options.reason } });
    const signups = await tx.signup.findMany({
      where: { activityId: activity.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: { member: { select: { userId: true } } },
    });
    await notify(tx, {
      userIds: signups.map((s) => s.member.userId),
      kind: "activityCancelled",
      params: { title: activity.title, reason: options.reason },
      link: `/me/activities/${activity.id}`,
    });
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "activity.cancel",
      entityType: "Activity",
      entityId: activity.id,
      scopeOrgId: community.orgId,
      before: { status: activity.status },
      after: { status: "CANCELLED", cancelReason: options.reason },
    });
    return { id: activity.id, notified: signups.length };
  });
}
