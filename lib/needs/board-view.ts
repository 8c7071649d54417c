// What a member sees of a need before claiming it (decision 087): building-level place, no name,
// phone or room; a phone number typed into the text itself is masked too.

const PHONE_IN_TEXT = /(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)/g;

/** Masks mobile numbers written inside a resident's free text (e.g. "请打13912345678"). */
export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, "$1****$2");
}

/** Statuses a need has on the members' board (others are the community's, or the unit's, business). */
export const BOARD_STATUSES = ["PUBLISHED", "CLAIMED", "DONE", "CONFIRMED"] as const;
export type { NeedStatus } from "../generated/prisma/enums.ts";
