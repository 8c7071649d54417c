import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";
import { dispatchableUnitWhere } from "./unit-eligibility.ts";

export type ListDispatchUnitsOptions = { actor: Actor };

/** The co-building units the secretary may dispatch a need to, with what they offer (for the choice). */
export async function listDispatchUnits({ actor }: ListDispatchUnitsOptions) {
  const grant = authorize(actor, "needs.manage");
  const units = await db().organization.findMany({
    where: dispatchableUnitWhere(grant.orgId),
    select: {
      id: true,
      name: true,
      unitReports: {
        where: { communityId: grant.orgId, status: "ACCEPTED" },
        select: { offerPeople: true, offerGoods: true, offerServices: true, offerSkills: true },
      },
    },
    take: 500,
  });
  return units
    .map((u) => {
      const report = u.unitReports[0];
      const offers = [report?.offerServices, report?.offerGoods, report?.offerPeople, ...(report?.offerSkills ?? [])].filter(
        (x): x is string => !!x,
      );
      return { id: u.id, name: u.name, offers: offers.join("；").slice(0, 80) };
    })
    .sort(byName);
}
