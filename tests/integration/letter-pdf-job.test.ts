import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getLettersOfYear } from "@/lib/letters/get-letters-of-year";
import { getLetterPdfJob } from "@/lib/letters/get-letter-pdf-job";
import { readLetterPdfFile } from "@/lib/letters/read-letter-pdf-file";
import { LETTER_PDF_MAX_ATTEMPTS, runLetterPdfJob } from "@/lib/letters/run-letter-pdf-job";
import { LETTERS_PAGE_SIZE } from "@/lib/letters/schema";
import { startLetterPdfJob } from "@/lib/letters/start-letter-pdf-job";
import { createStreetWorld } from "../support/world";

const YEAR = 2025;
const ORIGIN = "https://portal.example.cn";

/** `count` letters of thanks of the world's community for YEAR, written straight into the table. */
async function letters(world: Awaited<ReturnType<typeof createStreetWorld>>, count: number, prefix: string) {
  const services = JSON.stringify([
    { title: "楼道清洁", category: "环境维护", date: "2025-03-01", hours: 2 },
    { title: "文明劝导", category: "文明创建", date: "2025-05-01", hours: 2 },
    { title: "治安巡逻", category: "治安维稳", date: "2025-09-01", hours: 3 },
  ]);
  await db().$executeRaw`
    WITH m AS (
      INSERT INTO "Member" (id, "communityId", name, phone, status, "updatedAt", skills, interests, availability)
      SELECT gen_random_uuid(), ${world.community.id}::uuid, '党员' || g, '16' || lpad(g::text, 9, '0') , 'ACTIVE', now(), '{}', '{}', '{}'
      FROM generate_series(1, ${count}::int) g RETURNING id, name, phone)
    INSERT INTO "ThankYouLetter" (id, serial, "verifyCode", "communityId", "memberId", year, addressee, "employerName", services,
      "activityCount", "totalHours", body, "updatedAt")
    SELECT gen_random_uuid(), ${prefix} || '-2025-' || lpad(right(m.phone, 4), 4, '0'), md5(m.phone || ${prefix}), ${world.community.id}::uuid,
      m.id, ${YEAR}, '某单位党支部', '某单位', ${services}::jsonb, 3, 7, m.name || '同志在2025年积极参加社区服务。', now()
    FROM m`;
}

async function pdfOf(world: Awaited<ReturnType<typeof createStreetWorld>>, id: string) {
  const file = await readLetterPdfFile({ actor: world.secretary, input: { id } });
  const bytes = Buffer.from(await new Response(file.stream).arrayBuffer());
  expect(bytes.length).toBe(file.size);
  return bytes;
}

const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

describe("all letters of a year as one PDF, made in the background", () => {
  it("draws every letter into one file kept in chunks, with its progress, and the letters list is paged", async () => {
    const world = await createStreetWorld();
    await letters(world, 120, "PA");
    const overview = await getLettersOfYear({ actor: world.secretary, input: { year: YEAR, page: 3 } });
    expect(overview).toMatchObject({ total: 120, page: 3 });
    expect(overview.letters).toHaveLength(120 - 2 * LETTERS_PAGE_SIZE);

    const { id } = await startLetterPdfJob({ actor: world.secretary, input: { year: YEAR }, verifyOrigin: ORIGIN });
    // a second click while it is queued gives the same job
    expect((await startLetterPdfJob({ actor: world.secretary, input: { year: YEAR }, verifyOrigin: ORIGIN })).id).toBe(id);
    expect(await getLetterPdfJob({ actor: world.secretary, input: { id } })).toMatchObject({
      status: "QUEUED",
      total: 120,
      done: 0,
    });

    expect(await runLetterPdfJob(id)).toBe("done");
    const job = await getLetterPdfJob({ actor: world.secretary, input: { year: YEAR } });
    expect(job).toMatchObject({ id, status: "DONE", total: 120, done: 120 });
    const pdf = await pdfOf(world, id);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.subarray(-6).toString()).toContain("%%EOF");
    expect(pages(pdf)).toBeGreaterThanOrEqual(120);
    expect(await runLetterPdfJob(id)).toBe("not-claimed");
  });

  it("a job left by a killed server is taken up again from the start, and gives up cleanly after three tries", async () => {
    const world = await createStreetWorld();
    await letters(world, 12, "PB");
    const { id } = await startLetterPdfJob({ actor: world.secretary, input: { year: YEAR }, verifyOrigin: ORIGIN });
    // as the process left it when killed: running, half a file, its heartbeat a minute old
    await db().letterPdfJob.update({
      where: { id },
      data: { status: "RUNNING", attempts: 1, done: 5, heartbeatAt: new Date(Date.now() - 60_000) },
    });
    await db().letterPdfChunk.create({ data: { jobId: id, seq: 0, data: new Uint8Array(Buffer.from("%PDF-1.3 half a file")) } });
    // a fresh heartbeat belongs to a live process: not taken
    const running = await db().letterPdfJob.update({ where: { id }, data: { heartbeatAt: new Date() } });
    expect(await runLetterPdfJob(id)).toBe("not-claimed");
    await db().letterPdfJob.update({ where: { id }, data: { heartbeatAt: new Date(running.heartbeatAt!.getTime() - 60_000) } });

    const [first, second] = await Promise.all([runLetterPdfJob(id), runLetterPdfJob(id)]);
    expect([first, second].sort()).toEqual(["done", "not-claimed"]);
    expect(await db().letterPdfJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", attempts: 2, done: 12 });
    expect(pages(await pdfOf(world, id))).toBeGreaterThanOrEqual(12);

    // started again and again by crashes: it ends as failed with a message, never half done
    const again = await db().letterPdfJob.create({
      data: {
        communityId: world.community.id,
        year: YEAR,
        requestedById: world.secretary.userId,
        total: 12,
        verifyOrigin: ORIGIN,
        status: "RUNNING",
        attempts: LETTER_PDF_MAX_ATTEMPTS,
        heartbeatAt: new Date(Date.now() - 60_000),
      },
    });
    expect(await runLetterPdfJob(again.id)).toBe("not-claimed");
    expect(await db().letterPdfJob.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({
      status: "FAILED",
      error: "letters.pdfJob.gaveUp",
    });
    await expect(readLetterPdfFile({ actor: world.secretary, input: { id: again.id } })).rejects.toThrow(NotFoundError);
  });

  it("another community's secretary cannot see, start or download it; a street admin cannot start one", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    await letters(world, 3, "PC");
    const { id } = await startLetterPdfJob({ actor: world.secretary, input: { year: YEAR }, verifyOrigin: ORIGIN });
    await runLetterPdfJob(id);
    await expect(getLetterPdfJob({ actor: other.secretary, input: { id } })).rejects.toThrow(NotFoundError);
    await expect(readLetterPdfFile({ actor: other.secretary, input: { id } })).rejects.toThrow(NotFoundError);
    expect(await getLetterPdfJob({ actor: other.secretary, input: { year: YEAR } })).toBeNull();
    await expect(
      startLetterPdfJob({ actor: other.secretary, input: { year: YEAR }, verifyOrigin: ORIGIN }),
    ).rejects.toMatchObject({
      messageKey: "letters.pdfJob.nothing",
    });
    await expect(startLetterPdfJob({ actor: world.admin, input: { year: YEAR }, verifyOrigin: ORIGIN })).rejects.toThrow(
      ForbiddenError,
    );
  });
});
