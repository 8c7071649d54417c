import { db } from "../db.ts";
import { chineseDate, isVerifyCode, maskName } from "./letter-rules.ts";

export type VerifiedLetter = {
  serial: string;
  community: string;
  year: number;
  /** 张*伟 */
  maskedName: string;
  addressee: string;
  activityCount: number;
  totalHours: number;
  issuedOn: string;
  issuedAt: Date;
};

/**
 * Public (no sign-in): the key facts of the letter behind a QR code, or null for an unknown
 * code. Only what is printed on the letter anyway, with the name masked; never a phone number,
 * address, employer contact or the list of services.
 */
export async function verifyLetter(code: string): Promise<VerifiedLetter | null> {
  if (!isVerifyCode(code)) return null;
  const letter = await db().thankYouLetter.findUnique({
    where: { verifyCode: code },
    select: {
      serial: true,
      year: true,
      addressee: true,
      activityCount: true,
      totalHours: true,
      generatedAt: true,
      community: { select: { name: true } },
      member: { select: { name: true } },
    },
  });
  if (!letter) return null;
  return {
    serial: letter.serial,
    community: letter.community.name,
    year: letter.year,
    maskedName: maskName(letter.member.name),
    addressee: letter.addressee,
    activityCount: letter.activityCount,
    totalHours: Number(letter.totalHours),
    issuedOn: chineseDate(letter.generatedAt),
    issuedAt: letter.generatedAt,
  };
}
