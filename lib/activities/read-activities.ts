import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export const ACTIVITY_TABS = ["upcoming", "drafts", "past", "cancelled"] as const;
export type ActivityTab = (typeof ACTIVITY_TABS)[number];

const PAGE_SIZE = 30;

/** The secretary's activities, by tab, with sign-up counts. */
export async function listCommunityActivities(options: { actor: Actor; tab: ActivityTab; page?: number }) {
  const community = authorize(options.actor, "activities.manage");
  const now = new Date();
  const byTab: Record<ActivityTab, Prisma.ActivityWhereInput> = {
    upcoming: { status: "PUBLISHED", endsAt: { gte: now } },
    drafts: { status: "DRAFT" },
    past: { status: "PUBLISHED", endsAt: { lt: now } },
    cancelled: { status: "CANCELLED" },
  };
  const where = { communityId: community.orgId, ...byTab[options.tab] };
  const page = Math.max(1, options.page ?? 1);
  const [activities, total] = await Promise.all([
    db().activity.findMany({
      where,
      orderBy: options.tab === "past" ? { startsAt: "desc" } : { startsAt: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        place: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        confirmedCount: true,
        status: true,
        points: true,
        category: { select: { nameZh: true, nameEn: true, icon: true } },
        _count: { select: { signups: { where: { status: "WAITLISTED" } }, records: { where: { status: "CONFIRMED" } } } },
      },
    }),
    db().activity.count({ where }),
  ]);
  return { activities, total, page, pageSize: PAGE_SIZE };
}

/** One activity of the secretary's community with its sign-ups, waitlist and attendance. */
export async function getCommunityActivity(options: { actor: Actor; id: string }) {
  const community = authorize(options.actor, "activities.manage");
  const activity = await db().activity.findFirst({
    where: { id: assertId(options.id), communityId: community.orgId },
    include: {
      category: { select: { id: true, nameZh: true, nameEn: true, icon: true } },
      item: { select: { id: true, title: true } },
      signups: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        orderBy: [{ status: "asc" }, { queuedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          queuedAt: true,
          promotedAt: true,
          createdById: true,
          member: {
            select: { id: true, name: true, phone: true, room: true, userId: true, building: { select: { name: true } } },
          },
        },
      },
      records: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          memberId: true,
          status: true,
          checkedInAt: true,
          walkIn: true,
          hours: true,
          points: true,
          confirmedAt: true,
          member: { select: { name: true } },
        },
      },
    },
  });
  if (!activity) throw new NotFoundError();
  return activity;
}

/** Choices for the activity form: categories (shared and the community's own) and this year's menu items. */
export async function listActivityFormOptions(options: { actor: Actor; year: number }) {
  const community = authorize(options.actor, "activities.manage");
  const [categories, items] = await Promise.all([
    db().serviceCategory.findMany({
      where: { archivedAt: null, OR: [{ communityId: null }, { communityId: community.orgId }] },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, nameZh: true, nameEn: true },
    }),
    db().serviceItem.findMany({
      where: { communityId: community.orgId, year: { in: [options.year, options.year + 1] }, status: { in: ["OPEN", "CLOSED"] } },
      orderBy: [{ year: "asc" }, { title: "asc" }],
      select: { id: true, title: true, year: true, categoryId: true },
    }),
  ]);
  return { categories, items };
}
