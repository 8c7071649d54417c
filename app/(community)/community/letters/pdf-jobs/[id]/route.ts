import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { getLetterPdfJob } from "@/lib/letters/get-letter-pdf-job";

export const dynamic = "force-dynamic";

/** The progress of a letters PDF job, polled by the letters page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!can(actor, "letters.manage")) return new Response(null, { status: 403 });
  try {
    const job = await getLetterPdfJob({ actor, input: { id: (await params).id } });
    return Response.json(job, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
