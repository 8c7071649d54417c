import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { THRESHOLD_MAX, THRESHOLD_MIN } from "./letter-rules.ts";

export type SaveLetterSettingsOptions = { actor: Actor; input: { threshold: number; closing?: string | null } };

/** The threshold (1–50 confirmed activities) and the closing paragraph used for new letters. */
export async function saveLetterSettings({ actor, input }: SaveLetterSettingsOptions) {
  const community = authorize(actor, "letters.manage");
  if (!Number.isInteger(input.threshold) || input.threshold < THRESHOLD_MIN || input.threshold > THRESHOLD_MAX) {
    throw new UserFacingError("errors.checkForm", { threshold: "letters.thresholdRange" });
  }
  const letterClosing = input.closing?.trim() || null;
  await db().communitySettings.upsert({
    where: { communityId: community.orgId },
    create: { communityId: community.orgId, letterThreshold: input.threshold, letterClosing },
    update: { letterThreshold: input.threshold, letterClosing },
  });
  return { threshold: input.threshold };
}
