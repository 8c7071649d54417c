import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";
import { maskedResidentContact } from "./resident-contact-mask.ts";
import { idSchema } from "../validation/fields.ts";
import { taskMonthOf } from "./unit-schema.ts";

export type GetUnitNeedOptions = { actor: Actor; input: { id: string } };

/**
 * One task of the unit's list, and the members it may assign: its confirmed, active members
 * wherever they live (decision 060). Another unit's task, or a need never dispatched to this unit,
 * is simply not found. The resident's contact is masked.
 */
export async function getUnitNeed({ actor, input }: GetUnitNeedOptions) {
  const grant = authorize(actor, "unit.needs");
  const unitId = grant.orgId;
  const id = idSchema.safeParse(input.id);
  if (!id.success) throw new NotFoundError();
  const prisma = db();
  const need = await prisma.need.findFirst({
    where: { id: id.data, unitId },
    select: {
      id: true,
      kind: true,
      status: true,
      content: true,
      wantedWhen: true,
      residentName: true,
      residentPhone: true,
      room: true,
      places: true,
      taskMonth: true,
      createdAt: true,
      doneAt: true,
      unitReportedAt: true,
      confirmedAt: true,
      rating: true,
      community: { select: { name: true } },
      building: { select: { name: true } },
      category: { select: { nameZh: true, nameEn: true } },
      claims: {
        where: { viaUnitId: unitId },
        orderBy: { claimedAt: "asc" },
        select: {
          id: true,
          status: true,
          claimedAt: true,
          doneAt: true,
          doneNote: true,
          memberId: true,
          member: { select: { name: true, community: { select: { name: true } } } },
        },
      },
    },
  });
  if (!need) throw new NotFoundError();
  const members = await prisma.member.findMany({
    where: { employerUnitId: unitId, employerLinkedAt: { not: null }, status: "ACTIVE" },
    select: { id: true, name: true, userId: true, community: { select: { name: true } } },
    take: 2000,
  });
  const taken = new Set(need.claims.filter((c) => c.status !== "RETURNED").map((c) => c.memberId));
  const { residentName, residentPhone, room, taskMonth, ...rest } = need;
  return {
    need: {
      ...rest,
      taskMonth: taskMonth ? taskMonthOf(taskMonth) : null,
      ...maskedResidentContact({ residentName, residentPhone, room }),
    },
    members: members
      .filter((m) => !taken.has(m.id))
      .map((m) => ({ id: m.id, name: m.name, community: m.community.name, hasAccount: m.userId !== null }))
      .sort(byName),
  };
}
