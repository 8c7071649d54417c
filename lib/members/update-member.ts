import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { memberSnapshot, resolveEmployer, resolveResidence } from "./resolve-member-fields.ts";
import type { UpdateMemberInput } from "./schema.ts";

export type UpdateMemberOptions = { actor: Actor; input: UpdateMemberInput };

/** The secretary corrects a roster entry of their community; before and after go to the audit log. */
export async function updateMember({ actor, input }: UpdateMemberOptions) {
  const community = authorize(actor, "roster.edit");
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.member.findFirst({ where: { id: input.id, communityId: community.orgId } });
      if (!before) throw new NotFoundError();
      const residence = await resolveResidence(tx, community.orgId, input.gridId, input.buildingId);
      const employer = await resolveEmployer(tx, input, { communityId: community.orgId, current: before });
      const after = await tx.member.update({
        where: { id: before.id },
        data: {
          ...residence,
          ...employer,
          name: input.name,
          gender: input.gender ?? null,
          phone: input.phone,
          room: input.room,
          kind: input.kind,
          position: input.position ?? null,
          skills: input.skills,
          badgeNumber: input.badgeNumber ?? null,
          isCenterHousehold: input.isCenterHousehold,
          isCouncilMember: input.isCouncilMember,
          isBuildingLeader: input.isBuildingLeader,
        },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "member.update",
        entityType: "Member",
        entityId: before.id,
        scopeOrgId: community.orgId,
        before: memberSnapshot(before),
        after: memberSnapshot(after),
      });
      return { id: after.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserFacingError("errors.checkForm", { phone: "memberFile.phoneTaken" });
    }
    throw error;
  }
}
