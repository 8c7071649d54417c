import { NotFoundError } from "../errors.ts";
import { publicUrl } from "../public-url.ts";
import { renderShareCard, type ShareCardFormat } from "../share/share-card.tsx";
import { activityShareFacts, publicActivityPath } from "./activity-share.ts";
import { getPublicActivity } from "./get-public-activity.ts";

/**
 * The share card PNG of a published activity, for its route handlers (`/a/<id>/card`, the
 * portrait image for the chat; `/a/<id>/og`, the link preview). Not published, or not an id: 404.
 */
export async function activityShareCardResponse(options: { id: string; format: ShareCardFormat; request: Request }) {
  let activity;
  try {
    activity = await getPublicActivity({ input: { id: options.id } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
  const url = publicUrl(publicActivityPath(activity.id), options.request);
  const { card } = activityShareFacts(activity, { url });
  return renderShareCard(card, options.format);
}
