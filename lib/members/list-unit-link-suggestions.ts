import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { pendingLinkWhere } from "./unit-link-scope.ts";

const PAGE_SIZE = 50;

export type ListUnitLinkSuggestionsOptions = { actor: Actor; input?: { query?: string; page?: number } };

/** The secretary's queue of suggested member ↔ unit matches, searchable and paged. */
export async function listUnitLinkSuggestions({ actor, input = {} }: ListUnitLinkSuggestionsOptions) {
  const community = authorize(actor, "unitLinks.confirm");
  const page = Math.max(1, input.page ?? 1);
  const where = pendingLinkWhere(community.orgId, input.query);
  const [rows, total] = await Promise.all([
    db().member.findMany({
      where,
      orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        status: true,
        employerName: true,
        employerBranch: true,
        position: true,
        grid: { select: { name: true } },
        building: { select: { name: true } },
        room: true,
        suggestedUnit: { select: { id: true, name: true, partyBranchName: true } },
      },
    }),
    db().member.count({ where }),
  ]);
  return {
    rows: rows.map(({ suggestedUnit, ...row }) => ({ ...row, unit: suggestedUnit! })),
    total,
    page,
    pageSize: PAGE_SIZE,
  };
}
