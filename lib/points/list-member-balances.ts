import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { normalizePersonName } from "../members/person-name.ts";

const PAGE_SIZE = 50;

export type ListMemberBalancesOptions = { actor: Actor; input?: { query?: string; page?: number } };

/** Balances of the community's members (sum of the ledger), highest first, with the search: one page, and all of them. */
export async function listMemberBalances({ actor, input = {} }: ListMemberBalancesOptions) {
  const community = authorize(actor, "points.manage");
  const page = Math.max(1, input.page ?? 1);
  const q = input.query ? normalizePersonName(input.query) : undefined;
  const members = await db().member.findMany({
    where: { communityId: community.orgId, status: { in: ["ACTIVE", "MOVED_OUT"] }, ...(q ? { name: { contains: q } } : {}) },
    select: { id: true, name: true, status: true, building: { select: { name: true } }, room: true },
  });
  const sums = await db().pointsEntry.groupBy({
    by: ["memberId"],
    where: { communityId: community.orgId, memberId: { in: members.map((m) => m.id) } },
    _sum: { amount: true },
  });
  const balance = new Map(sums.map((s) => [s.memberId, s._sum.amount ?? 0]));
  const rows = members
    .map((m) => ({ ...m, balance: balance.get(m.id) ?? 0 }))
    .sort((a, b) => b.balance - a.balance || a.name.localeCompare(b.name, "zh-CN"));
  return { rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), all: rows, total: rows.length, page, pageSize: PAGE_SIZE };
}
