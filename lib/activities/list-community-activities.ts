import type { Actor } from "../auth/actor.ts";
import { db, type Prisma } from "../db.ts";
import { authorizeActivities, scopeWhere } from "./activity-scope.ts";

export const ACTIVITY_TABS = ["upcoming", "drafts", "past", "cancelled"] as const;
export type ActivityTab = (typeof ACTIVITY_TABS)[number];

const PAGE_SIZE = 30;

export type ListCommunityActivitiesOptions = { actor: Actor; input: { tab: ActivityTab; page?: number; teamId?: string } };

/** The secretary's activities, by tab, with sign-up counts. */
export async function listCommunityActivities({ actor, input }: ListCommunityActivitiesOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const now = new Date();
  const byTab: Record<ActivityTab, Prisma.ActivityWhereInput> = {
    upcoming: { status: "PUBLISHED", endsAt: { gte: now } },
    drafts: { status: "DRAFT" },
    past: { status: "PUBLISHED", endsAt: { lt: now } },
    cancelled: { status: "CANCELLED" },
  };
  const where: Prisma.ActivityWhereInput = {
    AND: [scopeWhere(scope), input.teamId ? { teamId: input.teamId } : {}, byTab[input.tab]],
  };
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
        team: { select: { id: true, name: true } },
        category: { select: { nameZh: true, nameEn: true, icon: true } },
        _count: { select: { signups: { where: { status: "WAITLISTED" } }, records: { where: { status: "CONFIRMED" } } } },
      },
    }),
    db().activity.count({ where }),
  ]);
  return { activities, total, page, pageSize: PAGE_SIZE };
}
