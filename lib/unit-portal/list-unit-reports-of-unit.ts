import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";
import { STATUS_ORDER } from "./report-snapshot.ts";
import { offerSelect } from "./offer-select.ts";

export type ListUnitReportsOfUnitOptions = { actor: Actor };

/**
 * The unit admin's own unit (from the active grant) and its reports to communities, what needs
 * attention first. Also the unit's contact, to prefill the next report.
 */
export async function listUnitReportsOfUnit({ actor }: ListUnitReportsOfUnitOptions) {
  const grant = authorize(actor, "unitReports.submit");
  const [unit, reports] = await Promise.all([
    db().organization.findFirst({
      where: { id: grant.orgId, kind: "WORK_UNIT" },
      select: { id: true, name: true, partyBranchName: true, contactName: true, contactPhone: true, archivedAt: true },
    }),
    db().unitReport.findMany({
      where: { unitId: grant.orgId },
      select: {
        ...offerSelect,
        community: { select: { id: true, name: true, parent: { select: { name: true } } } },
      },
    }),
  ]);
  if (!unit) throw new NotFoundError();
  reports.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a.community, b.community));
  return { unit, reports };
}
