import type { Prisma } from "../db.ts";
import { chineseDate, parseServices, partyOrgName, type LetterService } from "./letter-rules.ts";

/** Everything a letter shows, and nothing personal beyond the member's name (no phone, no address). */
export const letterSelect = {
  id: true,
  serial: true,
  verifyCode: true,
  year: true,
  communityId: true,
  workUnitId: true,
  addressee: true,
  employerName: true,
  services: true,
  activityCount: true,
  totalHours: true,
  stars: true,
  contributions: true,
  body: true,
  generatedAt: true,
  updatedAt: true,
  acknowledgedAt: true,
  community: { select: { name: true } },
  member: { select: { id: true, name: true } },
} as const satisfies Prisma.ThankYouLetterSelect;

type LetterRow = Prisma.ThankYouLetterGetPayload<{ select: typeof letterSelect }>;

export type LetterView = {
  id: string;
  serial: string;
  verifyCode: string;
  year: number;
  communityId: string;
  communityName: string;
  /** 中共东湖社区委员会: header and signature */
  partyOrg: string;
  workUnitId: string | null;
  addressee: string;
  employerName: string;
  memberId: string;
  memberName: string;
  services: LetterService[];
  activityCount: number;
  totalHours: number;
  stars: number | null;
  contributions: string | null;
  body: string;
  generatedAt: Date;
  /** 2026年11月26日 */
  issuedOn: string;
  acknowledgedAt: Date | null;
};

export function toLetterView(row: LetterRow): LetterView {
  return {
    id: row.id,
    serial: row.serial,
    verifyCode: row.verifyCode,
    year: row.year,
    communityId: row.communityId,
    communityName: row.community.name,
    partyOrg: partyOrgName(row.community.name),
    workUnitId: row.workUnitId,
    addressee: row.addressee,
    employerName: row.employerName,
    memberId: row.member.id,
    memberName: row.member.name,
    services: parseServices(row.services),
    activityCount: row.activityCount,
    totalHours: Number(row.totalHours),
    stars: row.stars,
    contributions: row.contributions,
    body: row.body,
    generatedAt: row.generatedAt,
    issuedOn: chineseDate(row.generatedAt),
    acknowledgedAt: row.acknowledgedAt,
  };
}

/** The path printed in the QR code: short, stable, no locale (see decision 001). */
export function verifyPath(code: string): string {
  return `/verify/${code}`;
}
