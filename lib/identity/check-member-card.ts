import { db } from "../db.ts";
import { cardValidity, isCheckToken, maskSurname, type CardValidity } from "./identity-rules.ts";

export type CheckedCard = { maskedName: string; community: string; validity: CardValidity };

/**
 * Public (no sign-in): what the QR code of a member card says, or null for an unknown token.
 * Only the masked surname, the community and whether the card is valid; nothing else is reachable
 * with the token (no phone, no address, no employer, no records).
 */
export async function checkMemberCard(token: string): Promise<CheckedCard | null> {
  if (!isCheckToken(token)) return null;
  const member = await db().member.findUnique({
    where: { checkToken: token },
    select: {
      name: true,
      status: true,
      movedOutAt: true,
      user: { select: { disabledAt: true } },
      community: { select: { name: true } },
    },
  });
  if (!member) return null;
  return { maskedName: maskSurname(member.name), community: member.community.name, validity: cardValidity(member) };
}
