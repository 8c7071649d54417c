import { db } from "../db.ts";
import { streamLettersPdf } from "./letter-pdf.ts";
import { letterSelect, toLetterView, verifyPath } from "./letter-view.ts";

/** A running job whose heartbeat is older than this was left by a stopped process. */
export const LETTER_PDF_STALE_MS = 30_000;
export const LETTER_PDF_MAX_ATTEMPTS = 3;
const CHUNK_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 1000;

type Claimed = { id: string; communityId: string; year: number; attempts: number; verifyOrigin: string };

/**
 * Draws a queued (or abandoned) letters PDF job, storing the file in 1 MB chunks as it goes and its
 * progress once a second. Safe to call from several processes at once: one claims the job. Started
 * again after a crash it begins afresh (the partial file is dropped); after three attempts it fails
 * with a message. Never throws.
 */
export async function runLetterPdfJob(jobId: string): Promise<"done" | "failed" | "not-claimed"> {
  const [job] = await db().$queryRaw<Claimed[]>`
    UPDATE "LetterPdfJob" SET status = 'RUNNING', attempts = attempts + 1, done = 0, "heartbeatAt" = now(), error = NULL
    WHERE id = ${jobId}::uuid AND attempts < ${LETTER_PDF_MAX_ATTEMPTS}
      AND (status = 'QUEUED' OR (status = 'RUNNING' AND "heartbeatAt" < now() - ${`${LETTER_PDF_STALE_MS} milliseconds`}::interval))
    RETURNING id, "communityId", year, attempts, "verifyOrigin"`;
  if (!job) {
    await failAbandoned(jobId);
    return "not-claimed";
  }
  // every write below is conditional on still holding this attempt: a job taken over is left alone
  const mine = { id: job.id, attempts: job.attempts };
  try {
    await db().letterPdfChunk.deleteMany({ where: { jobId: job.id } });
    const rows = await db().thankYouLetter.findMany({
      where: { communityId: job.communityId, year: job.year },
      orderBy: { serial: "asc" },
      select: letterSelect,
    });
    const letters = rows.map((row) => {
      const letter = toLetterView(row);
      return { letter, verifyUrl: new URL(verifyPath(letter.verifyCode), job.verifyOrigin).toString() };
    });
    let buffered: Buffer[] = [];
    let bufferedBytes = 0;
    let seq = 0;
    let size = 0;
    let lastBeat = Date.now();
    const flush = async () => {
      if (!bufferedBytes) return;
      const data = Buffer.concat(buffered);
      buffered = [];
      bufferedBytes = 0;
      await db().letterPdfChunk.create({ data: { jobId: job.id, seq: seq++, data: new Uint8Array(data) } });
    };
    let owned = true;
    await streamLettersPdf(letters, {
      onData: (chunk) => {
        buffered.push(chunk);
        bufferedBytes += chunk.length;
        size += chunk.length;
      },
      onLetter: async (done) => {
        if (!owned) throw new Error("letter PDF job taken over");
        if (bufferedBytes >= CHUNK_BYTES) await flush();
        if (Date.now() - lastBeat >= HEARTBEAT_MS || done === letters.length) {
          lastBeat = Date.now();
          const { count } = await db().letterPdfJob.updateMany({
            where: { ...mine, status: "RUNNING" },
            data: { done, heartbeatAt: new Date() },
          });
          owned = count === 1;
        }
      },
    });
    await flush();
    const { count } = await db().letterPdfJob.updateMany({
      where: { ...mine, status: "RUNNING" },
      data: {
        status: "DONE",
        done: letters.length,
        total: letters.length,
        fileSize: size,
        finishedAt: new Date(),
        heartbeatAt: new Date(),
      },
    });
    return count === 1 ? "done" : "not-claimed";
  } catch (error) {
    console.error(`letter PDF job ${job.id} failed`, error);
    await db()
      .letterPdfJob.updateMany({
        where: { ...mine, status: "RUNNING" },
        data: { status: "FAILED", error: "letters.pdfJob.failed", finishedAt: new Date() },
      })
      .catch(() => {});
    return "failed";
  }
}

/** A job abandoned more often than allowed ends as failed rather than spinning for ever. */
async function failAbandoned(jobId: string) {
  await db().$executeRaw`
    UPDATE "LetterPdfJob" SET status = 'FAILED', error = 'letters.pdfJob.gaveUp', "finishedAt" = now()
    WHERE id = ${jobId}::uuid AND attempts >= ${LETTER_PDF_MAX_ATTEMPTS}
      AND (status = 'QUEUED' OR (status = 'RUNNING' AND "heartbeatAt" < now() - ${`${LETTER_PDF_STALE_MS} milliseconds`}::interval))`;
}

/** Jobs queued or left running by a stopped process, to take up again (at start, and when polled). */
export async function resumeLetterPdfJobs(): Promise<number> {
  const stale = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "LetterPdfJob"
    WHERE status = 'QUEUED' AND "createdAt" < now() - interval '5 seconds'
       OR status = 'RUNNING' AND "heartbeatAt" < now() - ${`${LETTER_PDF_STALE_MS} milliseconds`}::interval`;
  for (const { id } of stale) void runLetterPdfJob(id);
  return stale.length;
}
