import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { xlsxResponse } from "@/lib/roster/xlsx-file";
import { exportUnitMembers } from "@/lib/unit-portal/export-unit-members";
import { parseUnitMemberFilter } from "@/lib/unit-portal/unit-member-filter";

export const dynamic = "force-dynamic";

/** GET /unit/members/export?…: the unit's members under the list page's query string, as .xlsx. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "unit.members"))
    return new Response("您没有权限进行此操作。", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const params: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) params[key] ??= value;
  return xlsxResponse(await exportUnitMembers({ actor, input: { filter: parseUnitMemberFilter(params) } }));
}
