import { db } from "../db.ts";
import { serviceRecordOf } from "../members/service-record.ts";

/** The entries a member left behind by transferring, newest first (the chain of `previousMemberId`). */
export async function previousEntriesOf(memberId: string) {
  const chain: { id: string; communityId: string; communityName: string; movedOutAt: Date | null }[] = [];
  let current = await db().member.findUnique({ where: { id: memberId }, select: { previousMemberId: true } });
  // a chain is as long as the member's moves; ten is far more than a life's
  for (let hop = 0; current?.previousMemberId && hop < 10; hop++) {
    const previous = await db().member.findUnique({
      where: { id: current.previousMemberId },
      select: { id: true, communityId: true, movedOutAt: true, previousMemberId: true, community: { select: { name: true } } },
    });
    if (!previous) break;
    chain.push({
      id: previous.id,
      communityId: previous.communityId,
      communityName: previous.community.name,
      movedOutAt: previous.movedOutAt,
    });
    current = previous;
  }
  return chain;
}

/**
 * What a member did in the communities they left, each as of its time (that community's records and
 * ledger, read-only): for the member's own record and for the new community's member file. No
 * authorization here: callers pass an entry the viewer may see.
 */
export async function previousServiceRecords(memberId: string) {
  const chain = await previousEntriesOf(memberId);
  return Promise.all(chain.map(async (entry) => ({ ...entry, record: await serviceRecordOf(entry.id, entry.communityId) })));
}
