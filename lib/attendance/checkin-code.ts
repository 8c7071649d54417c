import QRCode from "qrcode";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { createCheckinToken } from "./checkin-token.ts";

export type CurrentCheckinCodeOptions = { actor: Actor; input: { activityId: string; urlFor: (path: string) => string } };

/** The current check-in QR code of an activity, for the secretary's screen. */
export async function currentCheckinCode({ actor, input }: CurrentCheckinCodeOptions) {
  const community = authorize(actor, "attendance.manage");
  const activity = await db().activity.findFirst({
    where: { id: assertId(input.activityId), communityId: community.orgId, status: "PUBLISHED" },
    select: { id: true, title: true },
  });
  if (!activity) throw new NotFoundError();
  const { token, expiresAt } = createCheckinToken(activity.id);
  const url = input.urlFor(`/checkin/${activity.id}?t=${encodeURIComponent(token)}`);
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { title: activity.title, url, svg, expiresAt: expiresAt.toISOString() };
}
