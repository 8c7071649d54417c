import { db } from "../db.ts";
import { byName } from "../natural-order.ts";

export type CommunityGroup = { streetId: string; streetName: string; communities: { id: string; name: string }[] };

/**
 * The communities a unit can report to: every non-archived community of the deployment, grouped
 * by street. Names only (public: the registration page shows them before anyone signs in).
 */
export async function listReportableCommunities(): Promise<CommunityGroup[]> {
  const communities = await db().organization.findMany({
    where: { kind: "COMMUNITY", archivedAt: null, parent: { kind: "STREET", archivedAt: null } },
    select: { id: true, name: true, parent: { select: { id: true, name: true } } },
  });
  const groups = new Map<string, CommunityGroup>();
  for (const c of communities) {
    if (!c.parent) continue;
    let group = groups.get(c.parent.id);
    if (!group) groups.set(c.parent.id, (group = { streetId: c.parent.id, streetName: c.parent.name, communities: [] }));
    group.communities.push({ id: c.id, name: c.name });
  }
  const sorted = [...groups.values()].sort((a, b) => byName({ name: a.streetName }, { name: b.streetName }));
  for (const group of sorted) group.communities.sort(byName);
  return sorted;
}
