// Shared by creating and editing an activity: the checks and the row fields from the form.
import type { Tx } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { localYear } from "../time.ts";
import type { ActivityInput } from "./schema.ts";

export async function checkCategoryAndItem(tx: Tx, communityId: string, input: ActivityInput) {
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

export function activitySnapshot(a: {
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

export function activityFields(input: ActivityInput) {
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
