import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { reportContent, reportSnapshot } from "./report-snapshot.ts";
import type { SubmitUnitReportInput } from "./schema.ts";

const alreadyPending = () => new UserFacingError("errors.checkForm", { communityId: "unitReports.alreadyPending" });

export type SubmitUnitReportOptions = { actor: Actor; input: SubmitUnitReportInput };

/**
 * 单位报到: the unit admin's unit (from the active grant, never from the form) reports to one
 * community. One report per unit and community: a declined one is resubmitted (back to PENDING),
 * a pending or accepted one is not duplicated.
 */
export async function submitUnitReport({ actor, input }: SubmitUnitReportOptions) {
  const unitGrant = authorize(actor, "unitReports.submit");
  try {
    return await db().$transaction(async (tx) => {
      const unit = await tx.organization.findFirst({
        where: { id: unitGrant.orgId, kind: "WORK_UNIT", archivedAt: null },
        select: { id: true },
      });
      if (!unit) throw new NotFoundError();
      // any community of the deployment may receive a report; archived ones no longer can
      const community = await tx.organization.findFirst({
        where: { id: input.communityId, kind: "COMMUNITY", archivedAt: null },
        select: { id: true },
      });
      if (!community) throw new UserFacingError("errors.checkForm", { communityId: "unitReports.communityUnavailable" });

      const previous = await tx.unitReport.findUnique({
        where: { unitId_communityId: { unitId: unit.id, communityId: community.id } },
      });
      if (previous?.status === "PENDING") throw alreadyPending();
      if (previous?.status === "ACCEPTED") {
        throw new UserFacingError("errors.checkForm", { communityId: "unitReports.alreadyAccepted" });
      }

      const content = { ...reportContent(input), reportedById: actor.userId };
      let report;
      if (previous) {
        // only a report that is still DECLINED may go back to PENDING (a second tab may have won)
        const { count } = await tx.unitReport.updateMany({
          where: { id: previous.id, unitId: unit.id, status: "DECLINED" },
          data: content,
        });
        if (count !== 1) throw alreadyPending();
        report = await tx.unitReport.findUniqueOrThrow({ where: { id: previous.id } });
      } else {
        report = await tx.unitReport.create({ data: { ...content, unitId: unit.id, communityId: community.id } });
      }
      await recordAudit(tx, {
        actorId: actor.userId,
        action: previous ? "unitReport.resubmit" : "unitReport.submit",
        entityType: "UnitReport",
        entityId: report.id,
        scopeOrgId: community.id,
        before: previous ? reportSnapshot(previous) : undefined,
        after: reportSnapshot(report),
      });
      return { id: report.id, resubmitted: !!previous };
    });
  } catch (error) {
    // a double submit racing itself: the unique (unit, community) constraint answers
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyPending();
    throw error;
  }
}
