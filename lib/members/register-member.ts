import { accountForRegistration } from "../auth/account-for-registration.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { UserFacingError } from "../errors.ts";
import { resolveEmployer, resolveResidence, memberSnapshot } from "./resolve-member-fields.ts";
import { CONSENT_VERSION, type RegisterMemberInput } from "./schema.ts";

/** Registration is public: no actor, the client address for throttling. */
export type RegisterMemberOptions = { input: RegisterMemberInput; clientAddress: string };

/**
 * 在职党员报到: public. Creates (or reuses, with its password) the account, and the roster entry as
 * PENDING. An entry the community imported for this phone is claimed; a rejected one is resubmitted.
 */
export async function registerMember({
  input,
  clientAddress,
}: RegisterMemberOptions): Promise<{ userId: string; memberId: string }> {
  const account = await accountForRegistration({ ...input, clientAddress, wrongPasswordKey: "register.existingAccountPassword" });

  try {
    return await db().$transaction(async (tx) => {
      const community = await tx.organization.findFirst({
        where: { id: input.communityId, kind: "COMMUNITY", archivedAt: null },
        select: { id: true },
      });
      if (!community) throw new UserFacingError("errors.checkForm", { communityId: "register.badCommunity" });
      const residence = await resolveResidence(tx, community.id, input.gridId, input.buildingId);
      const employer = await resolveEmployer(tx, input, { communityId: community.id });

      const user =
        account.kind === "existing"
          ? { id: account.userId }
          : await tx.user.create({ data: { phone: input.phone, name: input.name, passwordHash: account.passwordHash } });
      const data = {
        ...residence,
        ...employer,
        userId: user.id,
        name: input.name,
        gender: input.gender,
        phone: input.phone,
        room: input.room,
        kind: input.kind,
        position: input.position ?? null,
        skills: input.skills,
        interests: input.interests,
        availability: input.availability,
        willingness: input.willingness ?? null,
        status: "PENDING" as const,
        rejectReason: null,
        reportedAt: new Date(),
        verifiedAt: null,
        movedOutAt: null,
        consentAt: new Date(),
        consentVersion: CONSENT_VERSION,
      };
      const previous = await tx.member.findUnique({
        where: { communityId_phone: { communityId: community.id, phone: input.phone } },
      });
      if (previous?.userId === user.id && (previous.status === "PENDING" || previous.status === "ACTIVE")) {
        throw new UserFacingError("register.alreadyReported");
      }
      const member = previous
        ? await tx.member.update({ where: { id: previous.id }, data })
        : await tx.member.create({ data: { ...data, source: "SELF_REPORTED" } });
      await tx.roleGrant.upsert({
        where: { userId_role_organizationId: { userId: user.id, role: "MEMBER", organizationId: community.id } },
        create: { userId: user.id, role: "MEMBER", organizationId: community.id },
        update: {},
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: previous ? "member.resubmit" : "member.report",
        entityType: "Member",
        entityId: member.id,
        scopeOrgId: community.id,
        before: previous ? memberSnapshot(previous) : undefined,
        after: memberSnapshot(member),
      });
      return { userId: user.id, memberId: member.id };
    });
  } catch (error) {
    // a double submit racing itself: the unique (community, phone) or (phone) constraint answers
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserFacingError("register.alreadyReported");
    }
    throw error;
  }
}
