// Small factories for activities, sign-ups and notifications, written straight with db().
import { db, type Prisma } from "@/lib/db";
import type { ActivityStatus, SignupStatus } from "@/lib/generated/prisma/enums";
import { createMember, createUser } from "@/prisma/factories";

const HOUR = 60 * 60 * 1000;
let seq = 0;

/** One of the reference service categories that the migrations insert. */
export async function anyCategoryId(): Promise<string> {
  const category = await db().serviceCategory.findFirst({
    where: { communityId: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  if (!category) throw new Error("no reference service category");
  return category.id;
}

export async function createActivity(options: {
  communityId: string;
  startsAt: Date;
  status?: ActivityStatus;
  title?: string;
  place?: string;
  capacity?: number;
}) {
  seq += 1;
  return db().activity.create({
    data: {
      communityId: options.communityId,
      categoryId: await anyCategoryId(),
      title: options.title ?? `测试活动${seq}`,
      place: options.place ?? `党群服务中心${seq}室`,
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + 2 * HOUR),
      signupDeadline: new Date(options.startsAt.getTime() - 24 * HOUR),
      capacity: options.capacity ?? 50,
      status: options.status ?? "PUBLISHED",
      publishedAt: options.status === "DRAFT" ? null : new Date(),
    },
  });
}

/** A member of the community, with an account unless `withAccount` is false. */
export async function createMemberWithAccount(options: { communityId: string; withAccount?: boolean }) {
  const user =
    options.withAccount === false
      ? null
      : await createUser({ grants: [{ role: "MEMBER", organizationId: options.communityId }] });
  const member = await createMember({ communityId: options.communityId, userId: user?.id ?? null });
  return { member, userId: user?.id ?? null };
}

/** A sign-up; CONFIRMED ones also bump the activity's confirmedCount as the real flow does. */
export async function createSignup(options: { activityId: string; memberId: string; status?: SignupStatus }) {
  const status = options.status ?? "CONFIRMED";
  const signup = await db().signup.create({
    data: {
      activityId: options.activityId,
      memberId: options.memberId,
      status,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
  if (status === "CONFIRMED")
    await db().activity.update({ where: { id: options.activityId }, data: { confirmedCount: { increment: 1 } } });
  return signup;
}

export async function createNotification(options: {
  userId: string;
  kind?: string;
  params?: Prisma.InputJsonObject;
  link?: string | null;
  readAt?: Date | null;
}) {
  return db().notification.create({
    data: {
      userId: options.userId,
      kind: options.kind ?? "activityPublished",
      params: options.params ?? { community: "东湖社区", title: "测试活动" },
      link: options.link === undefined ? "/me/activities" : options.link,
      readAt: options.readAt ?? null,
    },
  });
}
