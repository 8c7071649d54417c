import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { placesLeft } from "./activity-rules.ts";

export type GetPublicActivityOptions = { input: { id: string } };

export type PublicActivity = Awaited<ReturnType<typeof getPublicActivity>>;

/**
 * What anyone may see of an activity, without signing in (the public page, its share card and
 * link preview): a published activity of a community in service; drafts, cancelled activities
 * and anything else are not found. Only what a notice on the board would show: title, category,
 * time, place, places left and whose it is. No description (it may name a contact), no sign-ups,
 * no names or phones.
 */
export async function getPublicActivity({ input }: GetPublicActivityOptions) {
  const activity = await db().activity.findFirst({
    where: { id: assertId(input.id), status: "PUBLISHED", community: { kind: "COMMUNITY", archivedAt: null } },
    select: {
      id: true,
      title: true,
      place: true,
      startsAt: true,
      endsAt: true,
      signupDeadline: true,
      capacity: true,
      confirmedCount: true,
      status: true,
      community: { select: { id: true, name: true } },
      category: { select: { nameZh: true, nameEn: true, icon: true } },
    },
  });
  if (!activity) throw new NotFoundError();
  const { confirmedCount, ...shown } = activity;
  return { ...shown, placesLeft: placesLeft({ capacity: activity.capacity, confirmedCount }) };
}
