import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { buildRosterTemplate } from "@/lib/roster/roster-template";
import { xlsxResponse } from "@/lib/roster/xlsx-file";

export const dynamic = "force-dynamic";

/** GET /community/roster/template: the import template for the secretary's community. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "roster.import"))
    return new Response("您没有权限进行此操作。", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xlsxResponse(await buildRosterTemplate({ actor }));
}
