import type { NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { checkPath } from "@/lib/identity/identity-rules";
import { identityDocText } from "@/lib/identity/identity-doc-text";
import { renderBadgesPdf } from "@/lib/identity/identity-pdf";
import { listBadges, MAX_BADGES } from "@/lib/identity/list-badges";
import { badRequest, pdfAnswer, refusePrint } from "@/lib/identity/pdf-download";
import { publicUrl } from "@/lib/public-url";
import { parseRosterFilter } from "@/lib/roster/roster-filter";
import { idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const idsSchema = z.array(idSchema).max(MAX_BADGES);

/**
 * GET /community/roster/badges?id=…&id=…: the ticked members' badges as one PDF; without `id`,
 * badges for everyone the roster shows under the same query string (verified members only).
 */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  const refused = refusePrint(actor);
  if (refused) return refused;
  const ids = idsSchema.safeParse(request.nextUrl.searchParams.getAll("id"));
  if (!ids.success) return badRequest();
  // "print ticked" with nothing ticked is a mistake, not "everyone"
  if (request.nextUrl.searchParams.has("ticked") && ids.data.length === 0) return badRequest();
  const params: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) if (key !== "id" && key !== "ticked") params[key] ??= value;
  const { community, members } = await listBadges({
    actor: actor!,
    input: { ids: ids.data, filter: parseRosterFilter(params) },
  });
  const pdf = await renderBadgesPdf(
    members.map((m) => ({
      name: m.name,
      community: m.community.name,
      place: [m.grid?.name, m.building?.name].filter(Boolean).join(" · "),
      badgeNumber: m.badgeNumber,
      checkUrl: publicUrl(checkPath(m.checkToken), request),
    })),
    community,
  );
  return pdfAnswer(pdf, "badges", identityDocText()("badgesTitle"));
}
