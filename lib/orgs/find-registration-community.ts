import { db } from "../db.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type FindRegistrationCommunityOptions = { input: { id: string | undefined } };

/**
 * Public: the community a registration link names (`/register?c=<id>`, from a poster's QR code or
 * a shared activity), when it is a community in service; else null, and registration starts by
 * choosing one. Name and street only.
 */
export async function findRegistrationCommunity({ input }: FindRegistrationCommunityOptions) {
  if (typeof input.id !== "string" || !UUID.test(input.id)) return null;
  const community = await db().organization.findFirst({
    where: { id: input.id, kind: "COMMUNITY", archivedAt: null },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  return community ? { id: community.id, name: community.name, street: community.parent?.name ?? "" } : null;
}
