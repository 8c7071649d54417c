import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import type { ProposedChanges } from "./claim-changes.ts";

export type ListChangeRequestsOptions = { actor: Actor };

/** Changes members asked for on entries the community keeps (claimed imported entries), oldest first. */
export async function listChangeRequests({ actor }: ListChangeRequestsOptions) {
  const community = authorize(actor, "roster.verify");
  const requests = await db().memberChangeRequest.findMany({
    where: { communityId: community.orgId, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, createdAt: true, changes: true, member: { select: { id: true, name: true, phone: true } } },
  });
  // ids of grids, buildings and units read as their names
  const ids = requests.flatMap((r) =>
    Object.entries(r.changes as ProposedChanges)
      .filter(([field]) => field.endsWith("Id"))
      .flatMap(([, change]) => [change?.from, change?.to])
      .filter((v): v is string => typeof v === "string"),
  );
  const orgs = ids.length
    ? await db().organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const show = (value: unknown) =>
    value === null || value === undefined
      ? "—"
      : Array.isArray(value)
        ? value.join("、")
        : (names.get(String(value)) ?? String(value));
  return requests.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    member: r.member,
    changes: Object.entries(r.changes as ProposedChanges).map(([field, change]) => ({
      field,
      from: show(change?.from),
      to: show(change?.to),
    })),
  }));
}
