import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { localDay } from "../time.ts";
import { optionalId } from "../validation/fields.ts";
import { needsScope } from "./needs-scope.ts";
import { overdueNeedsIn } from "./overdue-needs.ts";
import { recordNeedEvent } from "./record-need-event.ts";

/**
 * One overdue need (needId), or every need on the overdue list (all=1): one of them must be said,
 * so an empty form reminds nobody.
 */
export const remindOverdueNeedsSchema = z
  .object({
    needId: optionalId(),
    all: z.preprocess((v) => (v === "" ? undefined : v), z.literal("1", { error: "errors.checkForm" }).optional()),
  })
  .refine((v) => v.needId || v.all, { message: "errors.checkForm", path: ["all"] });
export type RemindOverdueNeedsInput = z.infer<typeof remindOverdueNeedsSchema>;

/** One reminder per need, person and Beijing day: a second click the same day sends nothing. */
export function needOverdueDedupeKey(needId: string, userId: string, day: string) {
  return `needOverdue:${needId}:${userId}:${day}`;
}

export type RemindOverdueNeedsOptions = { actor: Actor; input: RemindOverdueNeedsInput; now?: Date };

/**
 * The one-click reminder of the overdue list: an in-app "needOverdue" to whoever holds each overdue
 * need — its active claimants, or the admins of the unit it was dispatched to. Needs nobody holds
 * yet (untriaged, unclaimed on the board) are the secretary's own to act on and remind nobody.
 * Idempotent per need, person and day (dedupeKey); a timeline line (not shown to the resident) and
 * an audit line when anything was sent.
 */
export async function remindOverdueNeeds({ actor, input, now = new Date() }: RemindOverdueNeedsOptions) {
  const scope = needsScope(actor);
  const day = localDay(now);
  return db().$transaction(async (tx) => {
    const overdue = await overdueNeedsIn(tx, scope, now, input.needId);
    if (input.needId && !overdue.length) throw new NotFoundError();
    const ids = overdue.map((n) => n.id);
    const [claims, needs] = await Promise.all([
      tx.needClaim.findMany({
        where: { needId: { in: ids }, status: "ACTIVE", member: { userId: { not: null } } },
        select: { needId: true, member: { select: { userId: true } } },
      }),
      tx.need.findMany({
        where: { id: { in: ids }, status: "DISPATCHED", unitId: { not: null } },
        select: { id: true, unit: { select: { grants: { where: { role: "UNIT_ADMIN" }, select: { userId: true } } } } },
      }),
    ]);
    const holders = new Map<string, Set<string>>();
    const add = (needId: string, userId: string | null | undefined) => {
      if (!userId) return;
      if (!holders.has(needId)) holders.set(needId, new Set());
      holders.get(needId)!.add(userId);
    };
    for (const c of claims) add(c.needId, c.member.userId);
    for (const n of needs) for (const g of n.unit?.grants ?? []) add(n.id, g.userId);

    let sent = 0;
    let needsReminded = 0;
    for (const need of overdue) {
      const users = [...(holders.get(need.id) ?? [])];
      if (!users.length) continue;
      const count = await notify(tx, {
        userIds: users,
        kind: "needOverdue",
        params: { community: need.communityName, days: need.days },
        link: need.status === "DISPATCHED" ? "/unit/needs" : "/me/needs",
        dedupeKey: (userId) => needOverdueDedupeKey(need.id, userId, day),
      });
      if (count > 0) {
        sent += count;
        needsReminded += 1;
        await recordNeedEvent(tx, {
          needId: need.id,
          kind: "reminded",
          actorId: actor.userId,
          params: { count },
          visibleToResident: false,
        });
      }
    }
    if (sent > 0) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "need.remindOverdue",
        entityType: "Organization",
        entityId: scope.orgId,
        scopeOrgId: scope.orgId,
        after: { day, needId: input.needId ?? null, overdue: overdue.length, needsReminded, sent },
      });
    }
    return { overdue: overdue.length, needsReminded, sent };
  });
}
