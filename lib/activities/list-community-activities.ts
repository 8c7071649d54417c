import type { Actor } from "../auth/actor.ts";
import { countsById } from "../count-children.ts";
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
  const [listed, total] = await Promise.all([
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
      },
    }),
    db().activity.count({ where }),
  ]);
  const ids = { activityId: { in: listed.map((a) => a.id) } };
  const [waitlisted, confirmed] = await Promise.all([
    db().signup.groupBy({ by: ["activityId"], where: { ...ids, status: "WAITLISTED" }, _count: { _all: true } }),
    db().activityRecord.groupBy({ by: ["activityId"], where: { ...ids, status: "CONFIRMED" }, _count: { _all: true } }),
  ]);
  const waitlistedCount = countsById(waitlisted, "activityId");
  const confirmedRecords = countsById(confirmed, "activityId");
  const activities = listed.map((a) => ({
    ...a,
    _count: { signups: waitlistedCount(a.id), records: confirmedRecords(a.id) },
  }));
  return { activities, total, page, pageSize: PAGE_SIZE };
}
