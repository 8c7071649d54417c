import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";

export const ACTIVITY_TABS = ["upcoming", "drafts", "past", "cancelled"] as const;
export type ActivityTab = (typeof ACTIVITY_TABS)[number];

const PAGE_SIZE = 30;

export type ListCommunityActivitiesOptions = { actor: Actor; input: { tab: ActivityTab; page?: number } };

/** The secretary's activities, by tab, with sign-up counts. */
export async function listCommunityActivities({ actor, input }: ListCommunityActivitiesOptions) {
  const community = authorize(actor, "activities.manage");
  const now = new Date();
  const byTab: Record<ActivityTab, Prisma.ActivityWhereInput> = {
    upcoming: { status: "PUBLISHED", endsAt: { gte: now } },
    drafts: { status: "DRAFT" },
    past: { status: "PUBLISHED", endsAt: { lt: now } },
    cancelled: { status: "CANCELLED" },
  };
  const where = { communityId: community.orgId, ...byTab[input.tab] };
  const page = Math.max(1, input.page ?? 1);
  const [activities, total] = await Promise.all([
    db().activity.findMany({
      where,
      orderBy: input.tab === "past" ? { startsAt: "desc" } : { startsAt: "asc" },
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
