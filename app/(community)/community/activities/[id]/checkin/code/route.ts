import { currentCheckinCode } from "@/lib/attendance/checkin-code";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { publicUrl } from "@/lib/public-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!can(actor, "attendance.manage")) return new Response(null, { status: 403 });
  try {
    const code = await currentCheckinCode({
      actor,
      input: { activityId: (await params).id, urlFor: (path) => publicUrl(path, request) },
    });
    return Response.json(code, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
