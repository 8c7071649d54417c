import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma, type Tx } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { SELF_PROPOSED_CODE } from "./category-label.ts";

/** The eight shared categories plus any the community added itself, not archived. */
export function usableCategoryWhere(communityId: string): Prisma.ServiceCategoryWhereInput {
  return { archivedAt: null, OR: [{ communityId: null }, { communityId }] };
}

export const categorySelect = { id: true, code: true, nameZh: true, nameEn: true, icon: true, sortOrder: true } as const;

export async function listUsableCategories(communityId: string, client: Tx = db()) {
  return client.serviceCategory.findMany({
    where: usableCategoryWhere(communityId),
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: categorySelect,
  });
}

/** A category chosen in a form: one the community may use, else a field error. */
export async function requireUsableCategory(tx: Tx, communityId: string, categoryId: string, field = "categoryId") {
  const category = await tx.serviceCategory.findFirst({
    where: { id: categoryId, ...usableCategoryWhere(communityId) },
    select: { id: true },
  });
  if (!category) throw new UserFacingError("errors.checkForm", { [field]: "menu.badCategory" });
  return category.id;
}

export async function selfProposedCategoryId(tx: Tx): Promise<string> {
  const category = await tx.serviceCategory.findUnique({ where: { code: SELF_PROPOSED_CODE }, select: { id: true } });
  if (!category) throw new Error("the SELF_PROPOSED service category is missing (seeded by a migration)");
  return category.id;
}

/** A pledge counts while it is not withdrawn and its member is still an active member. */
export const activePledgeWhere = { withdrawnAt: null, member: { status: "ACTIVE" } } as const satisfies Prisma.PledgeWhereInput;

type ItemRow = {
  year: number;
  categoryId: string;
  title: string;
  description: string | null;
  skillsWanted: string[];
  typicalTime: string | null;
  positions: number | null;
  status: string;
  declineReason?: string | null;
};

/** What the audit log keeps of a menu item. */
export function itemSnapshot(item: ItemRow) {
  return {
    year: item.year,
    categoryId: item.categoryId,
    title: item.title,
    description: item.description,
    skillsWanted: item.skillsWanted,
    typicalTime: item.typicalTime,
    positions: item.positions,
    status: item.status,
    ...(item.declineReason ? { declineReason: item.declineReason } : {}),
  };
}

/**
 * The member acting: the active MEMBER grant names the community, and the roster entry is the
 * signed-in user's ACTIVE entry there. Pending, returned or moved-out entries cannot pledge.
 */
export async function requireActiveMember(actor: Actor, client: Tx = db()) {
  const community = authorize(actor, "self.pledge");
  const member = await client.member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true, communityId: true, availability: true },
  });
  if (!member) throw new UserFacingError("menu.notActiveMember");
  return { member, communityId: community.orgId };
}
