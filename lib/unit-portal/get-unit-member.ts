import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { serviceRecordOf } from "../members/service-record.ts";
import { phoneFor } from "../privacy/phone.ts";
import { localYear, startOfLocalDay } from "../time.ts";

const ENTRY_SELECT = {
  id: true,
  userId: true,
  name: true,
  phone: true,
  communityId: true,
  status: true,
  kind: true,
  room: true,
  position: true,
  employerBranch: true,
  skills: true,
  reportedAt: true,
  verifiedAt: true,
  movedOutAt: true,
  employerLinkedAt: true,
  community: { select: { name: true } },
  grid: { select: { name: true } },
  building: { select: { name: true } },
} as const;

export type GetUnitMemberOptions = { actor: Actor; input: { id: string } };

/**
 * One of the unit's members for the unit admin: every roster entry of the same person (same
 * account or phone) whose employer is this unit, each with its community and service record, and
 * star ratings once published. Another unit's member, or a guessed id, is not found.
 */
export async function getUnitMember({ actor, input }: GetUnitMemberOptions) {
  const grant = authorize(actor, "unit.members");
  const unitId = grant.orgId;
  const prisma = db();
  const member = await prisma.member.findFirst({
    where: { id: assertId(input.id), employerUnitId: unitId },
    select: ENTRY_SELECT,
  });
  if (!member) throw new NotFoundError();

  // the same person's other entries (moved house, reported in several communities), this unit's only
  const entries = await prisma.member.findMany({
    where: {
      employerUnitId: unitId,
      OR: [{ id: member.id }, { phone: member.phone }, ...(member.userId ? [{ userId: member.userId }] : [])],
    },
    orderBy: [{ reportedAt: "desc" }, { id: "asc" }],
    select: ENTRY_SELECT,
  });
  const ids = entries.map((e) => e.id);
  const [services, ratings] = await Promise.all([
    // the unit sees each entry from the day its link was confirmed, nothing before (docs/decisions/060)
    Promise.all(entries.map((e) => serviceRecordOf(e.id, e.communityId, startOfLocalDay(e.employerLinkedAt!)))),
    prisma.starRating.findMany({
      // a draft rating is the community's working paper; shown from the public notice period on
      where: { memberId: { in: ids }, round: { status: { in: ["PUBLICITY", "FINAL"] } } },
      orderBy: [{ year: "desc" }, { id: "asc" }],
      select: {
        id: true,
        year: true,
        stars: true,
        points: true,
        activities: true,
        story: true,
        memberId: true,
        round: { select: { status: true, community: { select: { name: true } } } },
      },
    }),
  ]);

  const view = (e: (typeof entries)[number], i: number) => {
    const service = services[i];
    return {
      id: e.id,
      community: e.community.name,
      grid: e.grid?.name ?? null,
      building: e.building?.name ?? null,
      room: e.room,
      status: e.status,
      reportedAt: e.reportedAt,
      verifiedAt: e.verifiedAt,
      movedOutAt: e.movedOutAt,
      linkedAt: e.employerLinkedAt,
      phone: phoneFor(actor, e),
      service: {
        pledges: service.pledges,
        upcoming: service.upcoming.map((s) => ({ ...s, id: s.id.toString() })),
        records: service.records,
        totals: service.totals,
      },
    };
  };
  const views = entries.map(view);
  const linkedYear = new Map(entries.map((e) => [e.id, localYear(e.employerLinkedAt!)]));
  return {
    id: member.id,
    name: member.name,
    phone: phoneFor(actor, member),
    position: member.position,
    employerBranch: member.employerBranch,
    skills: member.skills,
    entries: views,
    totals: {
      balance: views.reduce((n, e) => n + e.service.totals.balance, 0),
      activities: views.reduce((n, e) => n + e.service.totals.activities, 0),
      hours: Math.round(views.reduce((n, e) => n + e.service.totals.hours, 0) * 10) / 10,
      activitiesThisYear: views.reduce((n, e) => n + e.service.totals.activitiesThisYear, 0),
    },
    ratings: ratings
      .filter((r) => r.year >= linkedYear.get(r.memberId)!)
      .map((r) => ({
        id: r.id,
        year: r.year,
        stars: r.stars,
        points: r.points,
        activities: r.activities,
        story: r.story,
        community: r.round.community.name,
        final: r.round.status === "FINAL",
      })),
  };
}
