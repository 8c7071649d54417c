import { z } from "zod";
import { idSchema } from "../validation/fields.ts";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { normalizePersonName } from "./person-name.ts";

export const MEMBER_SEARCH_LIMIT = 20;

/** The member pickers (sign up on behalf, walk-in): what was typed, for which activity and purpose. */
export const searchMembersSchema = z.object({
  q: z.string().trim().max(40).default("").transform(normalizePersonName),
  activityId: idSchema,
  purpose: z.enum(["signUp", "walkIn"]),
});
export type SearchMembersInput = z.infer<typeof searchMembersSchema>;
export type SearchMembersOptions = { actor: Actor; input: SearchMembersInput };
export type MemberChoice = { id: string; name: string; building: string | null; room: string | null };

/**
 * Active members of the secretary's community matching a name, a phone number or a building, who
 * can still be signed up (or recorded as a walk-in) for the activity: at most 20, and whether there
 * are more, so a picker searches a roster of any size instead of listing the first few thousand.
 */
export async function searchMembers({ actor, input }: SearchMembersOptions): Promise<{ members: MemberChoice[]; more: boolean }> {
  const community = authorize(actor, "activities.manage");
  if (!input.q) return { members: [], more: false };
  const digits = /^\d{3,11}$/.test(input.q);
  const exclude: Prisma.MemberWhereInput =
    input.purpose === "signUp"
      ? { signups: { none: { activityId: input.activityId, status: { in: ["CONFIRMED", "WAITLISTED"] } } } }
      : { records: { none: { activityId: input.activityId } } };
  const rows = await db().member.findMany({
    where: {
      communityId: community.orgId,
      status: "ACTIVE",
      ...exclude,
      OR: [
        { name: { contains: input.q } },
        ...(digits ? [{ phone: { contains: input.q } }] : []),
        { building: { name: { contains: input.q } } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MEMBER_SEARCH_LIMIT + 1,
    select: { id: true, name: true, room: true, building: { select: { name: true } } },
  });
  return {
    members: rows
      .slice(0, MEMBER_SEARCH_LIMIT)
      .map((m) => ({ id: m.id, name: m.name, building: m.building?.name ?? null, room: m.room })),
    more: rows.length > MEMBER_SEARCH_LIMIT,
  };
}
