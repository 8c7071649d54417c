import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { maskedResidentContact } from "./resident-contact-mask.ts";
import { taskMonthDate, taskMonthOf } from "./unit-schema.ts";

export type ListUnitNeedsOptions = { actor: Actor; input: { month: string } };

/**
 * The unit's monthly task list (月任务清单): the needs dispatched to the signed-in admin's unit for
 * one month, with the months that have tasks. The unit comes from the grant, never from the URL;
 * residents' contacts are masked (only the assigned members see them, on their own needs board).
 */
export async function listUnitNeeds({ actor, input }: ListUnitNeedsOptions) {
  const grant = authorize(actor, "unit.needs");
  const unitId = grant.orgId;
  const prisma = db();
  const [needs, months] = await Promise.all([
    prisma.need.findMany({
      where: { unitId, taskMonth: taskMonthDate(input.month) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        status: true,
        content: true,
        wantedWhen: true,
        residentName: true,
        residentPhone: true,
        room: true,
        createdAt: true,
        unitReportedAt: true,
        rating: true,
        community: { select: { name: true } },
        building: { select: { name: true } },
        category: { select: { nameZh: true, nameEn: true } },
        claims: {
          where: { viaUnitId: unitId, status: { in: ["ACTIVE", "DONE"] } },
          orderBy: { claimedAt: "asc" },
          select: { id: true, status: true, member: { select: { name: true } } },
        },
      },
    }),
    prisma.need.groupBy({ by: ["taskMonth"], where: { unitId }, _count: { _all: true }, orderBy: { taskMonth: "desc" } }),
  ]);
  return {
    month: input.month,
    months: months.filter((m) => m.taskMonth).map((m) => ({ month: taskMonthOf(m.taskMonth!), count: m._count._all })),
    needs: needs.map(({ residentName, residentPhone, room, ...need }) => ({
      ...need,
      ...maskedResidentContact({ residentName, residentPhone, room }),
    })),
  };
}
