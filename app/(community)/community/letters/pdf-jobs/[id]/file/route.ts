import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { readLetterPdfFile } from "@/lib/letters/read-letter-pdf-file";

export const dynamic = "force-dynamic";

/** The finished PDF of all letters of a year, streamed chunk by chunk. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!can(actor, "letters.manage")) return new Response(null, { status: 403 });
  try {
    const file = await readLetterPdfFile({ actor, input: { id: (await params).id } });
    const name = `感谢信-${file.year}年-全部.pdf`;
    return new Response(file.stream, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="letters-${file.year}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
