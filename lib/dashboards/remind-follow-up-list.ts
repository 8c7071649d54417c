import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { localDay, localYear, yearRange } from "../time.ts";
import { followUpRecipients } from "./follow-up-lists.ts";
import type { FollowUpList, RemindFollowUpListInput, RemindResult } from "./schema.ts";

/** One reminder per member, list and Beijing day: a second click the same day sends nothing. */
export function serviceReminderDedupeKey(list: FollowUpList, memberId: string, day: string) {
  return `serviceReminder:${list}:${memberId}:${day}`;
}

/**
 * The secretary's one-click reminder for a follow-up list of the current Beijing year: an in-app
 * "serviceReminder" to every member on it who has an (enabled) account, at most once a day per
 * member and list, and an audit line when anything was sent, all in one transaction.
 */
export type RemindFollowUpListOptions = { actor: Actor; input: RemindFollowUpListInput; now?: Date };

export async function remindFollowUpList({ actor, input, now = new Date() }: RemindFollowUpListOptions): Promise<RemindResult> {
  const grant = authorize(actor, "dashboard.community");
  const communityId = grant.orgId;
  const range = yearRange(localYear(now));
  const day = localDay(now);

  return db().$transaction(async (tx) => {
    const community = await tx.organization.findFirst({
      where: { id: communityId, kind: "COMMUNITY" },
      select: { id: true, name: true },
    });
    if (!community) throw new NotFoundError();
    const recipients = await followUpRecipients(tx, input.list, communityId, range);
    const memberOf = new Map<string, string>();
    for (const r of recipients) if (r.userId && !memberOf.has(r.userId)) memberOf.set(r.userId, r.memberId);

    const sent = await notify(tx, {
      userIds: [...memberOf.keys()],
      kind: "serviceReminder",
      params: { community: community.name, list: input.list },
      link: "/me/activities",
      dedupeKey: (userId) => serviceReminderDedupeKey(input.list, memberOf.get(userId)!, day),
    });
    const result: RemindResult = { listed: recipients.length, withAccount: memberOf.size, sent };
    if (sent > 0) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "dashboard.remind",
        entityType: "Organization",
        entityId: communityId,
        scopeOrgId: communityId,
        after: { list: input.list, year: range.year, day, ...result },
      });
    }
    return result;
  });
}
