import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { LETTER_PDF_STALE_MS, runLetterPdfJob } from "./run-letter-pdf-job.ts";

export type GetLetterPdfJobOptions = { actor: Actor; input: { id?: string; year?: number } };

const jobSelect = {
  id: true,
  year: true,
  status: true,
  total: true,
  done: true,
  fileSize: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  heartbeatAt: true,
} as const;

/**
 * A letters PDF job of the secretary's community (by id, or the latest of a year), for the progress
 * panel. Looking at a job left behind by a stopped server starts it again in this process.
 */
export async function getLetterPdfJob({ actor, input }: GetLetterPdfJobOptions) {
  const community = authorize(actor, "letters.manage");
  const job = await db().letterPdfJob.findFirst({
    where: { communityId: community.orgId, ...(input.id ? { id: assertId(input.id) } : { year: input.year }) },
    orderBy: { createdAt: "desc" },
    select: jobSelect,
  });
  if (!job) {
    if (input.id) throw new NotFoundError();
    return null;
  }
  const abandoned =
    (job.status === "RUNNING" && (!job.heartbeatAt || Date.now() - job.heartbeatAt.getTime() > LETTER_PDF_STALE_MS)) ||
    (job.status === "QUEUED" && Date.now() - job.createdAt.getTime() > 5000);
  if (abandoned) void runLetterPdfJob(job.id);
  return {
    id: job.id,
    year: job.year,
    status: job.status,
    total: job.total,
    done: job.done,
    fileSize: job.fileSize,
    error: job.error,
  };
}
