import "server-only";
import type { Actor } from "../auth/actor.ts";
import { can, type Permission } from "../auth/permissions.ts";
import { NotFoundError } from "../errors.ts";
import { pdfDisposition, renderLettersPdf } from "./letter-pdf.ts";
import type { LetterView } from "./letter-view.ts";
import { verifyUrlForRequest } from "./verify-url.ts";

export type LetterPdfResponseOptions = {
  actor: Actor | null;
  input: { request: Request; permission: Permission; load: (actor: Actor) => Promise<LetterView> };
};

/**
 * A route handler's answer for "download this letter as PDF": 401/403 before anything is read,
 * 404 for a letter outside the actor's scope.
 */
export async function letterPdfResponse({ actor, input }: LetterPdfResponseOptions): Promise<Response> {
  if (!actor) return new Response(null, { status: 401 });
  if (!can(actor, input.permission)) return new Response(null, { status: 403 });
  let letter: LetterView;
  try {
    letter = await input.load(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
  const pdf = await renderLettersPdf([{ letter, verifyUrl: verifyUrlForRequest(letter.verifyCode, input.request) }]);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": pdfDisposition(letter.serial),
      "Cache-Control": "private, no-store",
    },
  });
}
