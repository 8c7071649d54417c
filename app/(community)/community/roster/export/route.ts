import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { exportRoster } from "@/lib/roster/export-roster";
import { parseRosterFilter } from "@/lib/roster/roster-filter";
import { xlsxResponse } from "@/lib/roster/xlsx-file";

export const dynamic = "force-dynamic";

/** GET /community/roster/export?…: the roster under the same query string as the roster page. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "roster.export"))
    return new Response("您没有权限进行此操作。", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const params: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) params[key] ??= value;
  return xlsxResponse(await exportRoster({ actor, input: { filter: parseRosterFilter(params) } }));
}
