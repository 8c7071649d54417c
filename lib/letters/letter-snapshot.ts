import type { Tx } from "../db.ts";
import { confirmedRecordWhere, countingMemberWhere } from "./letter-candidates.ts";
import { creditedClaimWhere, needServiceTitle } from "../needs/need-services.ts";
import { localDay } from "../time.ts";
import { sumHours, type LetterService } from "./letter-rules.ts";

export type ServiceSnapshot = { services: LetterService[]; activityCount: number; totalHours: number; stars: number | null };

/**
 * What the letters of these members say about their year, in two queries for all of them: the
 * confirmed records with their activities and categories, and the final star ratings.
 * Members without records get an empty snapshot.
 */
export async function snapshotsFor(
  client: Tx,
  communityId: string,
  year: number,
  memberIds: string[],
): Promise<Map<string, ServiceSnapshot>> {
  const result = new Map<string, ServiceSnapshot>(
    memberIds.map((id) => [id, { services: [], activityCount: 0, totalHours: 0, stars: null }]),
  );
  if (!memberIds.length) return result;
  const [records, needClaims, ratings] = await Promise.all([
    client.activityRecord.findMany({
      where: { ...confirmedRecordWhere(communityId, year), memberId: { in: memberIds } },
      select: {
        memberId: true,
        hours: true,
        activity: { select: { title: true, startsAt: true, category: { select: { nameZh: true } } } },
      },
    }),
    client.needClaim.findMany({
      where: { ...creditedClaimWhere(year, countingMemberWhere(communityId, year)), memberId: { in: memberIds } },
      select: {
        memberId: true,
        hours: true,
        creditedAt: true,
        need: { select: { kind: true, category: { select: { nameZh: true } } } },
      },
    }),
    // only a finalized rating is an honour; a draft or one still in its public notice period is not
    client.starRating.findMany({
      where: { communityId, year, memberId: { in: memberIds }, stars: { gt: 0 }, round: { status: "FINAL", communityId, year } },
      select: { memberId: true, stars: true },
    }),
  ]);
  records.sort(
    (a, b) => a.activity.startsAt.getTime() - b.activity.startsAt.getTime() || a.activity.title.localeCompare(b.activity.title),
  );
  const lines = [
    ...records.map((r) => ({
      memberId: r.memberId,
      at: r.activity.startsAt,
      service: {
        title: r.activity.title,
        category: r.activity.category.nameZh,
        date: localDay(r.activity.startsAt),
        hours: Number(r.hours),
      },
    })),
    // confirmed needs the member helped with (decision 087): no resident's details in the letter
    ...needClaims.map((c) => ({
      memberId: c.memberId,
      at: c.creditedAt!,
      service: {
        title: needServiceTitle(c.need),
        category: c.need.category.nameZh,
        date: localDay(c.creditedAt!),
        hours: Number(c.hours),
      },
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const line of lines) result.get(line.memberId)?.services.push(line.service);
  for (const snapshot of result.values()) {
    snapshot.activityCount = snapshot.services.length;
    snapshot.totalHours = sumHours(snapshot.services.map((s) => s.hours));
  }
  for (const rating of ratings) {
    const snapshot = result.get(rating.memberId);
    if (snapshot) snapshot.stars = Math.max(snapshot.stars ?? 0, rating.stars);
  }
  return result;
}
