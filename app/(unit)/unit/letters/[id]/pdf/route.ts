import { getActor } from "@/lib/auth/session";
import { letterPdfResponse } from "@/lib/letters/pdf-response";
import { getUnitLetter } from "@/lib/letters/get-unit-letter";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return letterPdfResponse({
    actor: await getActor(),
    input: { request, permission: "unit.letters", load: (actor) => getUnitLetter({ actor, input: { id } }) },
  });
}
