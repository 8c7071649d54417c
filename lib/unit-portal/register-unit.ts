import { accountForRegistration } from "../auth/account-for-registration.ts";
import { throttlePublicForm } from "../auth/throttle.ts";
import { checkPhoneCode, spendPhoneCode } from "../phone-codes/phone-code-proof.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { orgSnapshot } from "../orgs/tree-rules.ts";
import { reportContent, reportSnapshot } from "./report-snapshot.ts";
import type { RegisterUnitInput } from "./schema.ts";

/** Same rule as the street's own unit list: one unit of a name (or credit code) per street. */
async function assertNewUnit(tx: Tx, streetId: string, input: RegisterUnitInput) {
  const clash = await tx.organization.findFirst({
    where: {
      kind: "WORK_UNIT",
      streetId,
      // a registration the street turned down does not hold the name (a squatter cannot block the real unit)
      rejectedAt: null,
      OR: [{ name: input.name }, ...(input.creditCode ? [{ creditCode: input.creditCode }] : [])],
    },
    select: { name: true },
  });
  if (clash) {
    throw new UserFacingError(
      "errors.checkForm",
      clash.name === input.name ? { name: "unitReports.unitExists" } : { creditCode: "unitReports.creditCodeExists" },
    );
  }
}

export type RegisterUnitOptions = { input: RegisterUnitInput; clientAddress: string; now?: Date };

/**
 * A new work unit registers itself (public, no actor): the WORK_UNIT organization in the street of
 * the first chosen community, the contact's account (or their existing one, with its password),
 * a UNIT_ADMIN grant and a PENDING report to each chosen community, in one audited transaction.
 */
export async function registerUnit({ input, clientAddress, now = new Date() }: RegisterUnitOptions) {
  await throttlePublicForm("unitRegister", { phone: input.phone, clientAddress, now });
  const communities = await db().organization.findMany({
    where: { id: { in: input.communityIds }, kind: "COMMUNITY", archivedAt: null },
    select: { id: true, streetId: true },
  });
  const streetId = communities.find((c) => c.id === input.communityIds[0])?.streetId;
  if (communities.length !== input.communityIds.length || !streetId) {
    throw new UserFacingError("errors.checkForm", { communityIds: "unitReports.communityUnavailable" });
  }

  // the contact's phone is proven before anything about it is looked up or answered
  const codeId = await checkPhoneCode({ phone: input.phone, purpose: "REGISTER", code: input.code, now });
  const account = await accountForRegistration({
    ...input,
    clientAddress,
    wrongPasswordKey: "unitReports.existingAccountPassword",
  });

  try {
    return await db().$transaction(async (tx) => {
      await spendPhoneCode(tx, codeId, now);
      // two registrations of the same name in one street must not both pass the check below
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`work-unit-name:${streetId}`}, 0))`;
      await assertNewUnit(tx, streetId, input);

      const user =
        account.kind === "existing"
          ? { id: account.userId }
          : await tx.user.create({ data: { phone: input.phone, name: input.contactName, passwordHash: account.passwordHash } });
      if (account.kind === "new") {
        await recordAudit(tx, {
          actorId: user.id,
          action: "user.register",
          entityType: "User",
          entityId: user.id,
          scopeOrgId: streetId,
          after: { name: input.contactName, phone: input.phone },
        });
      }

      const unit = await tx.organization.create({
        data: {
          kind: "WORK_UNIT",
          name: input.name,
          partyBranchName: input.partyBranchName,
          creditCode: input.creditCode ?? null,
          address: input.address,
          inArea: input.inArea,
          contactName: input.contactName,
          contactPhone: input.phone,
          streetId,
        },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "unit.register",
        entityType: "Organization",
        entityId: unit.id,
        scopeOrgId: streetId,
        after: orgSnapshot(unit),
      });

      const grant = await tx.roleGrant.create({ data: { userId: user.id, role: "UNIT_ADMIN", organizationId: unit.id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "grant.create",
        entityType: "RoleGrant",
        entityId: grant.id,
        scopeOrgId: streetId,
        after: { userId: user.id, role: grant.role, organizationId: unit.id },
      });

      const reportIds: string[] = [];
      for (const communityId of input.communityIds) {
        const report = await tx.unitReport.create({
          data: {
            ...reportContent({ ...input, contactPhone: input.phone }),
            unitId: unit.id,
            communityId,
            reportedById: user.id,
          },
        });
        await recordAudit(tx, {
          actorId: user.id,
          action: "unitReport.submit",
          entityType: "UnitReport",
          entityId: report.id,
          scopeOrgId: communityId,
          after: reportSnapshot(report),
        });
        reportIds.push(report.id);
      }
      return { unitId: unit.id, userId: user.id, grantId: grant.id, reportIds, accountExisted: account.kind === "existing" };
    });
  } catch (error) {
    // the same phone registered a moment ago by a second submit: ask to send the form again
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserFacingError("unitReports.registerConflict");
    }
    throw error;
  }
}
