import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type GetMemberFileOptions = { actor: Actor; input: { id: string } };

/** A member's file (档案) for the secretary of their community: profile and change history. */
export async function getMemberFile({ actor, input }: GetMemberFileOptions) {
  const community = authorize(actor, "roster.view");
  const member = await db().member.findFirst({
    where: { id: assertId(input.id), communityId: community.orgId },
    include: {
      grid: { select: { id: true, name: true } },
      building: { select: { id: true, name: true } },
      employerUnit: { select: { id: true, name: true, partyBranchName: true } },
      user: { select: { id: true } },
    },
  });
  if (!member) throw new NotFoundError();
  const events = await db().auditEvent.findMany({
    where: { entityType: "Member", entityId: member.id },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, action: true, actorId: true, before: true, after: true, createdAt: true },
  });
  const actors = await db().user.findMany({
    where: { id: { in: [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))] } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    member,
    history: events.map((e) => ({ ...e, id: e.id.toString(), actorName: e.actorId ? (names.get(e.actorId) ?? "—") : "—" })),
  };
}
