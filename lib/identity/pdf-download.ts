import "server-only";
import type { Actor } from "../auth/actor.ts";
import { can } from "../auth/permissions.ts";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** 401/403 before anything is read; the answer for a route handler of a printed PDF. */
export function refusePrint(actor: Actor | null): Response | null {
  if (!actor) return text("请先登录。", 401);
  if (!can(actor, "identity.print")) return text("您没有权限进行此操作。", 403);
  return null;
}

export function badRequest(): Response {
  return text("请求有误。", 400);
}

/** `胸卡.pdf`, safe in a Content-Disposition header. */
export function pdfAnswer(pdf: Buffer, asciiName: string, name: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${asciiName}.pdf"; filename*=UTF-8''${encodeURIComponent(`${name}.pdf`)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
