import "server-only";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { WriteNeedStoryInput } from "./story-schema.ts";

/**
 * 微故事: the secretary writes (or edits) a confirmed need's short story; it appears on the
 * community's wish wall and the honour roll. Names in it are the secretary's choice to publish, so
 * the form asks for the resident's consent in its hint; the need's contact details are never shown.
 */
export async function writeNeedStory({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: WriteNeedStoryInput;
  now?: Date;
}) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const need = await tx.need.findFirst({
      where: { id: input.needId, communityId: community.orgId },
      select: { id: true, status: true, storyPublishedAt: true },
    });
    if (!need) throw new NotFoundError();
    if (need.status !== "CONFIRMED") throw new UserFacingError("needsPublic.story.onlyConfirmed");
    await tx.need.update({
      where: { id: need.id },
      data: { storyTitle: input.title, storyBody: input.body, storyPublishedAt: need.storyPublishedAt ?? now },
    });
    if (!need.storyPublishedAt) {
      await recordNeedEvent(tx, { needId: need.id, kind: "storyPublished", actorId: actor.userId });
    }
    return { needId: need.id };
  });
}
