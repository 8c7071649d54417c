import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { NotFoundError } from "../errors.ts";
import { activityShareFacts, publicActivityPath } from "./activity-share.ts";
import { getPublicActivity } from "./get-public-activity.ts";

export type GetActivityShareOptions = {
  actor: Actor;
  /** `absoluteUrl` turns a path into the address printed in the QR code and the text (APP_URL or the request's host) */
  input: { id: string; absoluteUrl: (path: string) => string | Promise<string> };
  now?: Date;
};

/**
 * What the secretary posts to a WeChat group about one of the community's published activities:
 * the chat text and where its share card and public page are. Another community's activity, a
 * draft or a cancelled one: not found.
 */
export async function getActivityShare({ actor, input, now }: GetActivityShareOptions) {
  const community = authorize(actor, "activities.manage");
  const activity = await getPublicActivity({ input: { id: input.id } });
  if (activity.community.id !== community.orgId) throw new NotFoundError();
  const publicPath = publicActivityPath(activity.id);
  const url = await input.absoluteUrl(publicPath);
  const { text } = activityShareFacts(activity, { url, now });
  return { title: activity.title, text, url, publicPath, cardPath: `${publicPath}/card` };
}
