import { activityShareCardResponse } from "@/lib/activities/activity-share-card";

export const dynamic = "force-dynamic";

/** The share card of a published activity, portrait, for the WeChat group. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return activityShareCardResponse({ id, format: "card", request });
}
