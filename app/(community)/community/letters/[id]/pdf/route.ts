import { getActor } from "@/lib/auth/session";
import { getCommunityLetter } from "@/lib/letters/get-community-letter";
import { letterPdfResponse } from "@/lib/letters/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return letterPdfResponse({
    actor: await getActor(),
    input: { request, permission: "letters.manage", load: (actor) => getCommunityLetter({ actor, input: { id } }) },
  });
}
