import { getActor } from "@/lib/auth/session";
import { identityDocText } from "@/lib/identity/identity-doc-text";
import { noticePath } from "@/lib/identity/identity-rules";
import { renderPlaquesPdf } from "@/lib/identity/identity-pdf";
import { listPlaques } from "@/lib/identity/list-plaques";
import { pdfAnswer, refusePrint } from "@/lib/identity/pdf-download";
import { publicUrl } from "@/lib/public-url";

export const dynamic = "force-dynamic";

/** GET /community/roster/plaques: one 党员中心户 plaque per building with a center household, as one PDF. */
export async function GET(request: Request) {
  const actor = await getActor();
  const refused = refusePrint(actor);
  if (refused) return refused;
  const { community, plaques } = await listPlaques({ actor: actor! });
  const pdf = await renderPlaquesPdf(
    plaques.map((p) => ({ ...p, community, noticeUrl: publicUrl(noticePath(p.noticeToken), request) })),
    community,
  );
  return pdfAnswer(pdf, "plaques", identityDocText()("plaquesTitle"));
}
