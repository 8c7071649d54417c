import { randomBytes } from "node:crypto";
import { APP_TIME_ZONE, FIRST_YEAR, localYear, type YearBounds } from "../time.ts";

export const THRESHOLD_MIN = 1;
export const THRESHOLD_MAX = 50;
export const DEFAULT_THRESHOLD = 3;
export const BODY_MAX = 2000;
export const CONTRIBUTIONS_MAX = 1000;
export const CLOSING_MAX = 1000;

/** One service as printed on the letter, frozen when the letter is generated. */
export type LetterService = { title: string; category: string; date: string; hours: number };

/** 2026年11月26日, as on an official document (always Chinese, Beijing time). */
export function chineseDate(date: Date): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: APP_TIME_ZONE, year: "numeric", month: "long", day: "numeric" }).format(
    date,
  );
}

/** "2026-03-14" → 2026年3月14日 */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The years a letter may be generated for: not in the future (Beijing time). Letters are written
 * early in the year for the year before, so that is what a missing `?year=` means.
 */
export function letterYears(now = new Date()): YearBounds {
  return { min: FIRST_YEAR, max: localYear(now), fallback: localYear(now) - 1 };
}

export function isLetterYear(year: number, now = new Date()): boolean {
  const { min, max } = letterYears(now);
  return Number.isInteger(year) && year >= min && year <= max;
}

/** 张伟 → 张*, 张小伟 → 张*伟, 欧阳小明 → 欧**明: enough to recognise, not to identify. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The unguessable part of the verification link: 128 random bits, 22 url-safe characters. */
export function newVerifyCode(): string {
  return randomBytes(16).toString("base64url");
}

/** A verification code as it may appear in a URL: anything else is not looked up at all. */
export function isVerifyCode(code: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(code);
}

/**
 * Serial prefixes are the tail of the community's id (uuid v7: the head is a timestamp, shared by
 * communities created together; the tail is random). Longer tails are the fallback when another
 * community already uses the short one, so serials never collide across communities.
 */
export function serialPrefixes(communityId: string): string[] {
  const hex = communityId.replace(/-/g, "").toUpperCase();
  return [6, 8, 12, 32].map((n) => hex.slice(-n));
}

/** C3F9A2-2026-0012 */
export function formatSerial(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(4, "0")}`;
}

/** The sequence number at the end of a serial (0 when it has none). */
export function serialSeq(serial: string): number {
  const match = /-(\d+)$/.exec(serial);
  return match ? Number(match[1]) : 0;
}

type EmployerFields = {
  employerUnitId: string | null;
  employerUnit: { name: string; partyBranchName: string | null; verifiedAt: Date | null } | null;
  employerName: string | null;
  employerBranch: string | null;
};

/**
 * Whom the letter goes to: the linked work unit's party branch (only a unit the street verified:
 * nothing is sent through the portal to a unit nobody vouched for), else the branch typed in the
 * member's file, else "<employer>党组织" (a printed letter). Retired and resident members without
 * an employer have no addressee (null): they get no letter.
 */
export function addresseeOf(
  member: EmployerFields,
): { workUnitId: string | null; addressee: string; employerName: string } | null {
  const unit = member.employerUnitId ? member.employerUnit : null;
  if (unit && !unit.verifiedAt) return { workUnitId: null, addressee: `${unit.name}党组织`, employerName: unit.name };
  if (unit) {
    return {
      workUnitId: member.employerUnitId,
      addressee: unit.partyBranchName?.trim() || `${unit.name}党组织`,
      employerName: unit.name,
    };
  }
  const branch = member.employerBranch?.trim();
  const employer = member.employerName?.trim();
  if (branch) return { workUnitId: null, addressee: branch, employerName: employer ?? "" };
  if (employer) return { workUnitId: null, addressee: `${employer}党组织`, employerName: employer };
  return null;
}

/** 东湖社区 → 中共东湖社区委员会; a name that already is a party organization stays as it is. */
export function partyOrgName(communityName: string): string {
  const name = communityName.trim();
  if (/^中共/.test(name) || /(委员会|党委|党总支|党支部)$/.test(name)) return name;
  return `中共${name}委员会`;
}

/** Hours with at most one decimal, without trailing zeros: 2, 2.5, 10. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

/** Sums hours in tenths, so 0.1 + 0.2 stays 0.3. */
export function sumHours(hours: number[]): number {
  return hours.reduce((sum, h) => sum + Math.round(h * 10), 0) / 10;
}

/** The services snapshot from the database (JSON) back into its shape; unknown entries are dropped. */
export function parseServices(value: unknown): LetterService[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== "object") return [];
    const s = item as Record<string, unknown>;
    if (typeof s.title !== "string" || typeof s.date !== "string") return [];
    return [
      { title: s.title, category: typeof s.category === "string" ? s.category : "", date: s.date, hours: Number(s.hours) || 0 },
    ];
  });
}
