import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListRosterImportsOptions = { actor: Actor; input?: { take?: number } };

/** The community's latest uploads, newest first. */
export async function listRosterImports({ actor, input = {} }: ListRosterImportsOptions) {
  const grant = authorize(actor, "roster.import");
  return db().importBatch.findMany({
    where: { communityId: grant.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.take ?? 5,
    select: {
      id: true,
      fileName: true,
      status: true,
      importedCount: true,
      skippedCount: true,
      createdAt: true,
      importedAt: true,
    },
  });
}
