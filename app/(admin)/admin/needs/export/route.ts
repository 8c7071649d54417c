import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { exportNeedsLedger } from "@/lib/needs/export-needs-ledger";
import { xlsxResponse } from "@/lib/roster/xlsx-file";
import { anyYear, parseYear } from "@/lib/time";

export const dynamic = "force-dynamic";

/** GET …/export?year=: the needs ledger of the year as .xlsx (residents' phones masked). */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "needs.street"))
    return new Response("您没有权限进行此操作。", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const year = parseYear(request.nextUrl.searchParams.get("year") ?? undefined, anyYear());
  return xlsxResponse(await exportNeedsLedger({ actor, input: { year } }));
}
