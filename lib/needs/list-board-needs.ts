import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { maskPhonesInText } from "./board-view.ts";
import { NEED_KINDS } from "./queue-schema.ts";

export const BOARD_PAGE_SIZE = 20;

export type BoardQuery = { kind?: (typeof NEED_KINDS)[number]; categoryId?: string; page: number };
export type ListBoardNeedsOptions = { actor: Actor; input: BoardQuery };

const boardSelect = {
  id: true,
  kind: true,
  status: true,
  content: true,
  wantedWhen: true,
  places: true,
  claimedCount: true,
  publishedAt: true,
  createdAt: true,
  building: { select: { name: true } },
  category: { select: { id: true, nameZh: true, nameEn: true, icon: true } },
} satisfies Prisma.NeedSelect;

/**
 * The members' needs board (党员接单) on the phone: the member's own needs first (those they hold,
 * newest first), then one page of the community's open needs they can claim (places left),
 * oldest first so nothing waits forever. Anonymized: building-level place, no name, phone or room.
 */
export async function listBoardNeeds({ actor, input }: ListBoardNeedsOptions) {
  const community = authorize(actor, "self.needs");
  const prisma = db();
  const member = await prisma.member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId },
    orderBy: { reportedAt: "desc" },
    select: { id: true, status: true, isBuildingLeader: true },
  });
  const memberIds = (await prisma.member.findMany({ where: { userId: actor.userId }, select: { id: true } })).map((m) => m.id);
  const filters: Prisma.NeedWhereInput = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
  };
  const openWhere: Prisma.NeedWhereInput = {
    communityId: community.orgId,
    status: { in: ["PUBLISHED", "CLAIMED"] },
    claimedCount: { lt: prisma.need.fields.places },
    claims: { none: { memberId: { in: memberIds }, status: { in: ["ACTIVE", "DONE"] } } },
    ...filters,
  };
  const [mine, open, total] = await Promise.all([
    prisma.needClaim.findMany({
      where: {
        memberId: { in: memberIds },
        OR: [{ status: { in: ["ACTIVE", "DONE"] } }, { need: { status: "CONFIRMED" } }],
        need: { status: { notIn: ["CLOSED", "REJECTED", "MERGED", "CONVERTED"] } },
      },
      orderBy: { claimedAt: "desc" },
      take: 30,
      select: { status: true, need: { select: boardSelect } },
    }),
    prisma.need.findMany({
      where: openWhere,
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * BOARD_PAGE_SIZE,
      take: BOARD_PAGE_SIZE,
      select: boardSelect,
    }),
    prisma.need.count({ where: openWhere }),
  ]);
  const anonymize = <T extends { content: string }>(n: T) => ({ ...n, content: maskPhonesInText(n.content) });
  return {
    verified: member?.status === "ACTIVE",
    /** building group leaders record needs for residents of their building (needs-resident's form) */
    isBuildingLeader: member?.status === "ACTIVE" && member.isBuildingLeader,
    mine: mine.map((c) => ({ claimStatus: c.status, ...anonymize(c.need) })),
    open: open.map(anonymize),
    total,
    page: input.page,
    pageSize: BOARD_PAGE_SIZE,
  };
}
