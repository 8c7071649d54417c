import type { Actor } from "../auth/actor.ts";
import { onReadReplica } from "../db.ts";
import { authorize } from "../auth/authorize.ts";
import { countUnitMembers, queryUnitMembers } from "./query-unit-members.ts";
import { UNIT_MEMBER_PAGE_SIZE, type UnitMemberFilter } from "./unit-member-filter.ts";

export type ListUnitMembersOptions = { actor: Actor; input: { filter: UnitMemberFilter } };

/**
 * One page of the unit's members (wherever they live) under a filter, and the total. Only roster
 * entries whose employer is the admin's unit; phone numbers masked.
 */
async function readListUnitMembers({ actor, input }: ListUnitMembersOptions) {
  const grant = authorize(actor, "unit.members");
  const { filter } = input;
  const [rows, total] = await Promise.all([
    queryUnitMembers({
      actor: actor,
      input: {
        unitId: grant.orgId,
        filter,
        page: { take: UNIT_MEMBER_PAGE_SIZE, skip: (filter.page - 1) * UNIT_MEMBER_PAGE_SIZE },
      },
    }),
    countUnitMembers({ unitId: grant.orgId, filter }),
  ]);
  return { rows, total, page: filter.page, pageSize: UNIT_MEMBER_PAGE_SIZE, year: filter.year };
}

/** Read-only: served by the streaming replica when there is one (lib/db.ts `onReadReplica`). */
export function listUnitMembers(options: Parameters<typeof readListUnitMembers>[0]): ReturnType<typeof readListUnitMembers> {
  return onReadReplica(() => readListUnitMembers(options));
}
