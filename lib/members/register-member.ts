import { accountForRegistration } from "../auth/account-for-registration.ts";
import { throttlePublicForm } from "../auth/throttle.ts";
import { checkPhoneCode, spendPhoneCode } from "../phone-codes/phone-code-proof.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { UserFacingError } from "../errors.ts";
import { diffClaim } from "./claim-changes.ts";
import { resolveEmployer, resolveResidence, memberSnapshot } from "./resolve-member-fields.ts";
import { CONSENT_VERSION, type RegisterMemberInput } from "./schema.ts";

/** Registration is public: no actor, the client address for throttling. */
export type RegisterMemberOptions = { input: RegisterMemberInput; clientAddress: string; now?: Date };

/**
 * 在职党员报到: public. The phone is proven by its SMS code first (until then every phone gets the
 * same answer). Creates (or reuses, with its password) the account, and the roster entry as
 * PENDING. An entry the community keeps for this phone without an account (imported, added by the
 * secretary) is claimed: the account is attached, the entry is left as it is, and what the member
 * stated differently goes to the secretary as a change request. A rejected entry is resubmitted.
 */
export async function registerMember({
  input,
  clientAddress,
  now = new Date(),
}: RegisterMemberOptions): Promise<{ userId: string; memberId: string; claimed: boolean }> {
  await throttlePublicForm("register", { phone: input.phone, clientAddress, now });
  const codeId = await checkPhoneCode({ phone: input.phone, purpose: "REGISTER", code: input.code, now });
  const account = await accountForRegistration({ ...input, clientAddress, wrongPasswordKey: "register.existingAccountPassword" });

  try {
    return await db().$transaction(async (tx) => {
      await spendPhoneCode(tx, codeId, now);
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
      if (previous && previous.userId !== null && previous.userId !== user.id) throw new UserFacingError("register.entryHeld");
      await tx.roleGrant.upsert({
        where: { userId_role_organizationId: { userId: user.id, role: "MEMBER", organizationId: community.id } },
        create: { userId: user.id, role: "MEMBER", organizationId: community.id },
        update: {},
      });
      if (previous && previous.userId === null) {
        const claimed = await tx.member.update({
          where: { id: previous.id },
          data: { userId: user.id, consentAt: data.consentAt, consentVersion: CONSENT_VERSION },
        });
        const changes = diffClaim(previous, data);
        const request = Object.keys(changes).length
          ? await tx.memberChangeRequest.create({
              data: { memberId: previous.id, communityId: community.id, proposedById: user.id, changes },
              select: { id: true },
            })
          : null;
        await recordAudit(tx, {
          actorId: user.id,
          action: "member.claim",
          entityType: "Member",
          entityId: previous.id,
          scopeOrgId: community.id,
          before: { userId: null },
          after: { userId: user.id, changeRequestId: request?.id ?? null },
        });
        return { userId: user.id, memberId: claimed.id, claimed: true };
      }
      const member = previous
        ? await tx.member.update({ where: { id: previous.id }, data })
        : await tx.member.create({ data: { ...data, source: "SELF_REPORTED" } });
      await recordAudit(tx, {
        actorId: user.id,
        action: previous ? "member.resubmit" : "member.report",
        entityType: "Member",
        entityId: member.id,
        scopeOrgId: community.id,
        before: previous ? memberSnapshot(previous) : undefined,
        after: memberSnapshot(member),
      });
      return { userId: user.id, memberId: member.id, claimed: false };
    });
  } catch (error) {
    // a double submit racing itself: the unique (community, phone) or (phone) constraint answers
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserFacingError("register.alreadyReported");
    }
    throw error;
  }
}
