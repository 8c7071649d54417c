import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { localDateParts, localMidnight } from "../time.ts";
import { assertCanMove, lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { ConvertNeedInput } from "./triage-schema.ts";

export type ConvertNeedOptions = { actor: Actor; input: ConvertNeedInput; now?: Date };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Triage: many hands are needed, so the need becomes an activity. A DRAFT activity is created,
 * prefilled from the need (category, what is needed, the building as the place; no name, phone or
 * room), a week from today at 9:00; the secretary edits and publishes it as any activity. Linked
 * both ways: Need.activityId (unique) and the activity's `need`.
 */
export async function convertNeed({ actor, input, now = new Date() }: ConvertNeedOptions) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const locked = await lockNeed(tx, { id: input.needId, communityId: community.orgId });
    assertCanMove(locked, "convert");
    const need = await tx.need.findUniqueOrThrow({
      where: { id: locked.id },
      select: { content: true, wantedWhen: true, categoryId: true, building: { select: { name: true } } },
    });
    const day = localDateParts(new Date(now.getTime() + 7 * DAY));
    const startsAt = new Date(localMidnight(day.year, day.month, day.day).getTime() + 9 * HOUR);
    const title = need.content.replace(/\s+/g, " ").trim().slice(0, 60);
    const activity = await tx.activity.create({
      data: {
        communityId: community.orgId,
        categoryId: need.categoryId,
        title,
        description: [need.content, need.wantedWhen].filter(Boolean).join("\n").slice(0, 2000),
        place: need.building?.name ?? "党群服务中心",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
        signupDeadline: new Date(startsAt.getTime() - DAY),
        capacity: 10,
        status: "DRAFT",
        createdById: actor.userId,
      },
    });
    await tx.need.update({ where: { id: locked.id }, data: { status: "CONVERTED", activityId: activity.id, closedAt: now } });
    await recordNeedEvent(tx, { needId: locked.id, kind: "converted", actorId: actor.userId });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.convert",
      entityType: "Need",
      entityId: locked.id,
      scopeOrgId: community.orgId,
      before: { status: locked.status },
      after: { status: "CONVERTED", activityId: activity.id },
    });
    return { needId: locked.id, activityId: activity.id };
  });
}
