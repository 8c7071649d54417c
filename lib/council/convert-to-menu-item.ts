import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { requireUsableCategory } from "../menu/menu-scope.ts";
import { currentYear } from "../time.ts";
import { lockConsultation } from "./council-scope.ts";
import type { ToMenuItemInput } from "./schema.ts";

export type ConvertToMenuItemOptions = { actor: Actor; input: ToMenuItemInput };

/**
 * An adopted proposal becomes, in one step, an open item of this year's menu, linked both ways.
 * The consultation's row is locked first, so a second click waits and is refused: exactly one item.
 */
export async function convertToMenuItem({ actor, input }: ConvertToMenuItemOptions) {
  const community = authorize(actor, "council.manage");
  authorize(actor, "menu.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, communityId, input.id);
    if (consultation.outcome !== "ADOPTED") throw new UserFacingError("council.notAdopted");
    if (consultation.serviceItemId || consultation.activityId || consultation.needId)
      throw new UserFacingError("council.alreadyConverted");
    await requireUsableCategory(tx, communityId, input.categoryId);
    const year = currentYear();
    const taken = await tx.serviceItem.findFirst({
      where: {
        communityId,
        year,
        title: { equals: consultation.title, mode: "insensitive" },
        status: { in: ["OPEN", "CLOSED"] },
      },
      select: { id: true },
    });
    if (taken) throw new UserFacingError("council.menuTitleTaken");
    const item = await tx.serviceItem.create({
      data: {
        communityId,
        year,
        categoryId: input.categoryId,
        title: consultation.title,
        description: input.description ?? consultation.decisionReason,
        skillsWanted: [],
      },
    });
    await tx.consultation.update({ where: { id: consultation.id }, data: { serviceItemId: item.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.toMenuItem",
      entityType: "Consultation",
      entityId: consultation.id,
      scopeOrgId: communityId,
      after: { serviceItemId: item.id },
    });
    return { id: consultation.id, serviceItemId: item.id };
  });
}
