import { db } from "../db.ts";
import { CLOSED_NEED_STATUSES } from "./need-status.ts";
import { needPhotoStore, type PhotoStore } from "./photo-store.ts";
import { recordNeedEvent } from "./record-need-event.ts";

/** Default when a community has no settings row (CommunitySettings.needRetentionDays). */
export const DEFAULT_NEED_RETENTION_DAYS = 180;
const BATCH = 200;

/** `skipped`: nothing was due (the scheduler logs only runs that did something) */
export type EraseNeedContactsResult = { erased: number; photos: number; skipped?: boolean };

/**
 * Retention (issue 9, item 10): a need's contact details (name, phone, room) and the resident's
 * photos are erased once it has been closed for the community's `needRetentionDays`; the need
 * itself stays, anonymized, for the figures. A need counts as closed from `closedAt`, else
 * `confirmedAt`. Safe to run on several instances at once: each need is erased under a guard
 * (`contactErasedAt IS NULL`) by whichever run gets there first. Files go after the rows commit.
 */
export async function eraseExpiredNeedContacts({
  now = new Date(),
  store = needPhotoStore(),
}: { now?: Date; store?: PhotoStore } = {}): Promise<EraseNeedContactsResult> {
  const result: EraseNeedContactsResult = { erased: 0, photos: 0 };
  for (;;) {
    const due = await db().$queryRaw<{ id: string }[]>`
      SELECT n.id::text AS id
      FROM "Need" n LEFT JOIN "CommunitySettings" s ON s."communityId" = n."communityId"
      WHERE n."contactErasedAt" IS NULL
        AND n.status::text = ANY(${[...CLOSED_NEED_STATUSES]}::text[])
        AND COALESCE(n."closedAt", n."confirmedAt") IS NOT NULL
        AND COALESCE(n."closedAt", n."confirmedAt")
            + make_interval(days => COALESCE(s."needRetentionDays", ${DEFAULT_NEED_RETENTION_DAYS}::int)) <= ${now}
      ORDER BY n.id
      LIMIT ${BATCH}`;
    for (const { id } of due) {
      const keys = await db().$transaction(async (tx) => {
        const erased = await tx.need.updateMany({
          where: { id, contactErasedAt: null },
          data: { residentName: null, residentPhone: null, room: null, contactErasedAt: now },
        });
        if (erased.count === 0) return null;
        const photos = await tx.needPhoto.findMany({ where: { needId: id, purpose: "REQUEST" }, select: { storageKey: true } });
        await tx.needPhoto.deleteMany({ where: { needId: id, purpose: "REQUEST" } });
        await recordNeedEvent(tx, { needId: id, kind: "erased", actorId: null, params: { photos: photos.length } });
        return photos.map((p) => p.storageKey);
      });
      if (!keys) continue;
      result.erased += 1;
      result.photos += keys.length;
      for (const key of keys) await store.delete(key);
    }
    if (due.length < BATCH) return result.erased ? result : { ...result, skipped: true };
  }
}
