import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { localYear } from "../time.ts";
import { FOLLOW_UP_LISTS, followUpRecipients, type FollowUpList } from "./follow-up-lists.ts";
import { beijingDay, beijingYearRange } from "./period.ts";

export const remindSchema = z.object({ list: z.enum(FOLLOW_UP_LISTS, { error: "errors.checkForm" }) });

/** What the dashboard's server action runs (the page's action file wraps it with `action()`). */
export const remindActionDefinition = {
  permission: "dashboard.community",
  schema: remindSchema,
  successMessage: "dashboard.remind.done",
  run: ({ actor, input }: { actor: Actor; input: z.infer<typeof remindSchema> }) =>
    remindFollowUpList({ actor, list: input.list }),
} as const;

/** One reminder per member, list and Beijing day: a second click the same day sends nothing. */
export function serviceReminderDedupeKey(list: FollowUpList, memberId: string, day: string) {
  return `serviceReminder:${list}:${memberId}:${day}`;
}

export type RemindResult = {
  /** members on the list */
  listed: number;
  /** of those, members whose account can receive a notification */
  withAccount: number;
  /** notifications created now (the others were already reminded today) */
  sent: number;
};

/**
 * The secretary's one-click reminder for a follow-up list of the current Beijing year: an in-app
 * "serviceReminder" to every member on it who has an (enabled) account, at most once a day per
 * member and list, and an audit line when anything was sent, all in one transaction.
 */
export async function remindFollowUpList(options: { actor: Actor; list: FollowUpList; now?: Date }): Promise<RemindResult> {
  const grant = authorize(options.actor, "dashboard.community");
  const communityId = grant.orgId;
  const now = options.now ?? new Date();
  const range = beijingYearRange(localYear(now));
  const day = beijingDay(now);

  return db().$transaction(async (tx) => {
    const community = await tx.organization.findFirst({
      where: { id: communityId, kind: "COMMUNITY" },
      select: { id: true, name: true },
    });
    if (!community) throw new NotFoundError();
    const recipients = await followUpRecipients(tx, options.list, communityId, range);
    const memberOf = new Map<string, string>();
    for (const r of recipients) if (r.userId && !memberOf.has(r.userId)) memberOf.set(r.userId, r.memberId);

    const sent = await notify(tx, {
      userIds: [...memberOf.keys()],
      kind: "serviceReminder",
      params: { community: community.name, list: options.list },
      link: "/me/activities",
      dedupeKey: (userId) => serviceReminderDedupeKey(options.list, memberOf.get(userId)!, day),
    });
    const result: RemindResult = { listed: recipients.length, withAccount: memberOf.size, sent };
    if (sent > 0) {
      await recordAudit(tx, {
        actorId: options.actor.userId,
        action: "dashboard.remind",
        entityType: "Organization",
        entityId: communityId,
        scopeOrgId: communityId,
        after: { list: options.list, year: range.year, day, ...result },
      });
    }
    return result;
  });
}
