import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import type { StartLetterPdfJobInput } from "./schema.ts";

export type StartLetterPdfJobOptions = { actor: Actor; input: StartLetterPdfJobInput; verifyOrigin: string };

/**
 * Queues "all letters of a year as one PDF" for the secretary's community. A job already queued or
 * running for that year is returned instead of a second one. The caller starts the work
 * (runLetterPdfJob) after answering; a job left behind by a stopped server is taken up again.
 */
export async function startLetterPdfJob({ actor, input, verifyOrigin }: StartLetterPdfJobOptions): Promise<{ id: string }> {
  const community = authorize(actor, "letters.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`letter-pdf:${communityId}:${input.year}`}, 0))`;
    const open = await tx.letterPdfJob.findFirst({
      where: { communityId, year: input.year, status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (open) return open;
    const total = await tx.thankYouLetter.count({ where: { communityId, year: input.year } });
    if (!total) throw new UserFacingError("letters.pdfJob.nothing");
    return tx.letterPdfJob.create({
      data: { communityId, year: input.year, requestedById: actor.userId, total, verifyOrigin },
      select: { id: true },
    });
  });
}
