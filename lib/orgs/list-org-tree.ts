import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";
import type { OrgKind } from "../generated/prisma/enums.ts";

export type OrgNode = {
  id: string;
  kind: OrgKind;
  name: string;
  archived: boolean;
  activeMembers: number;
  children: OrgNode[];
};

export type ListOrgTreeOptions = { actor: Actor; input?: { includeArchived?: boolean } };

/** The admin's street with its communities, grids and buildings, and active members per node. */
export async function listOrgTree({ actor, input = {} }: ListOrgTreeOptions): Promise<OrgNode | null> {
  const street = authorize(actor, "orgs.view");
  const [orgs, byBuilding, byGrid, byCommunity] = await Promise.all([
    db().organization.findMany({
      where: {
        streetId: street.orgId,
        kind: { not: "WORK_UNIT" },
        ...(input.includeArchived ? {} : { archivedAt: null }),
      },
      orderBy: [{ createdAt: "asc" }],
      select: { id: true, kind: true, name: true, parentId: true, archivedAt: true },
    }),
    countActive("buildingId", street.orgId),
    countActive("gridId", street.orgId),
    countActive("communityId", street.orgId),
  ]);
  const counts = new Map([...byBuilding, ...byGrid, ...byCommunity]);
  const nodes = new Map<string, OrgNode & { parentId: string | null }>();
  for (const org of orgs) {
    nodes.set(org.id, {
      id: org.id,
      kind: org.kind,
      name: org.name,
      parentId: org.parentId,
      archived: !!org.archivedAt,
      activeMembers: counts.get(org.id) ?? 0,
      children: [],
    });
  }
  let root: OrgNode | null = null;
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (node.kind === "STREET") root = node;
  }
  for (const node of nodes.values()) node.children.sort(byName);
  if (root) root.activeMembers = [...byCommunity.values()].reduce((sum, n) => sum + n, 0);
  return root;
}

async function countActive(column: "buildingId" | "gridId" | "communityId", streetId: string) {
  const rows = await db().member.groupBy({
    by: [column],
    where: { status: "ACTIVE", community: { streetId } },
    _count: { _all: true },
  });
  return new Map(rows.filter((r) => r[column]).map((r) => [r[column] as string, r._count._all]));
}
