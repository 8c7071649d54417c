import type { Prisma } from "../generated/prisma/client.ts";

/** Pending entries of a community whose name, phone, room or employer contains the search text. */
export function pendingWhere(communityId: string, q?: string): Prisma.MemberWhereInput {
  const text = q?.trim();
  return {
    communityId,
    status: "PENDING",
    ...(text
      ? {
          OR: [
            { name: { contains: text } },
            { phone: { contains: text } },
            { room: { contains: text } },
            { employerName: { contains: text } },
          ],
        }
      : {}),
  };
}
