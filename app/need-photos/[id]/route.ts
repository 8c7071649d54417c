import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { readNeedPhoto } from "@/lib/needs/read-need-photo";

export const dynamic = "force-dynamic";

/** A need's photo for the secretary and the claimants (lib/needs/read-need-photo.ts); anyone else: 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const photo = await readNeedPhoto({ actor: await getActor(), input: { id } });
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Cache-Control": "private, no-store",
        "Content-Disposition": "inline",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
