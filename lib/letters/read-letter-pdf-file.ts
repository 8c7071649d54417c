import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type ReadLetterPdfFileOptions = { actor: Actor; input: { id: string } };

/** A finished letters PDF of the secretary's community: its size, and its chunks read one at a time. */
export async function readLetterPdfFile({ actor, input }: ReadLetterPdfFileOptions) {
  const community = authorize(actor, "letters.manage");
  const job = await db().letterPdfJob.findFirst({
    where: { id: assertId(input.id), communityId: community.orgId, status: "DONE" },
    select: { id: true, year: true, fileSize: true },
  });
  if (!job) throw new NotFoundError();
  const chunks = await db().letterPdfChunk.count({ where: { jobId: job.id } });
  let seq = 0;
  return {
    year: job.year,
    size: job.fileSize ?? 0,
    stream: new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (seq >= chunks) return controller.close();
        const chunk = await db().letterPdfChunk.findUnique({
          where: { jobId_seq: { jobId: job.id, seq } },
          select: { data: true },
        });
        seq += 1;
        if (!chunk) return controller.error(new Error("missing chunk"));
        controller.enqueue(new Uint8Array(chunk.data));
      },
    }),
  };
}
