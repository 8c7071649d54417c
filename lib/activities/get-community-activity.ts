import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { authorizeActivities, scopeWhere } from "./activity-scope.ts";
import { assertId } from "../ids.ts";

export type GetCommunityActivityOptions = { actor: Actor; input: { id: string } };

/** One activity of the secretary's community with its sign-ups, waitlist and attendance. */
export async function getCommunityActivity({ actor, input }: GetCommunityActivityOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const activity = await db().activity.findFirst({
    where: { id: assertId(input.id), ...scopeWhere(scope) },
    include: {
      team: { select: { id: true, name: true } },
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
