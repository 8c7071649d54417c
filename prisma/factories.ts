// Factories shared by the demo seed and the tests: each makes valid rows with unique data.
import { hashPassword } from "../lib/auth/password.ts";
import { db } from "../lib/db.ts";
import type { MemberKind, MemberStatus, Role } from "../lib/generated/prisma/enums.ts";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const hashes = new Map<string, Promise<string>>();
/** Hashing is deliberately slow; factories reuse one hash per distinct password. */
function cachedHash(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

let phoneSeq = 0;
/** A unique, valid-looking mobile number (prefix 170/171: virtual operators, unlikely in demo data). */
export function uniquePhone() {
  phoneSeq += 1;
  const tail = ((Date.now() % 1_000_000) * 1000 + phoneSeq).toString().padStart(8, "0").slice(-8);
  return `17${phoneSeq % 2}${tail}`;
}

export async function createStreet(name = `测试街道${unique()}`) {
  const street = await db().organization.create({ data: { kind: "STREET", name } });
  return db().organization.update({ where: { id: street.id }, data: { streetId: street.id } });
}

export async function createCommunity(options: { streetId: string; name?: string }) {
  const community = await db().organization.create({
    data: {
      kind: "COMMUNITY",
      name: options.name ?? `测试社区${unique()}`,
      parentId: options.streetId,
      streetId: options.streetId,
    },
  });
  return db().organization.update({ where: { id: community.id }, data: { communityId: community.id } });
}

export async function createGrid(options: { community: { id: string; streetId: string | null }; name?: string }) {
  return db().organization.create({
    data: {
      kind: "GRID",
      name: options.name ?? `网格${unique()}`,
      parentId: options.community.id,
      streetId: options.community.streetId,
      communityId: options.community.id,
    },
  });
}

export async function createBuilding(options: {
  grid: { id: string; streetId: string | null; communityId: string | null };
  name?: string;
}) {
  return db().organization.create({
    data: {
      kind: "BUILDING",
      name: options.name ?? `${unique()}号楼`,
      parentId: options.grid.id,
      streetId: options.grid.streetId,
      communityId: options.grid.communityId,
    },
  });
}

export async function createWorkUnit(options: {
  streetId: string;
  name?: string;
  partyBranchName?: string;
  inArea?: boolean;
  contactName?: string;
  contactPhone?: string;
  address?: string;
  /** vouched for by the street (default); false: a self-registered unit still pending */
  verified?: boolean;
}) {
  const name = options.name ?? `测试单位${unique()}`;
  return db().organization.create({
    data: {
      kind: "WORK_UNIT",
      name,
      partyBranchName: options.partyBranchName ?? `${name}党支部`,
      streetId: options.streetId,
      inArea: options.inArea ?? false,
      contactName: options.contactName,
      contactPhone: options.contactPhone,
      address: options.address,
      verifiedAt: options.verified === false ? null : new Date(),
    },
  });
}

export async function createUser(options: {
  phone?: string;
  name?: string;
  password?: string;
  grants?: { role: Role; organizationId: string }[];
}) {
  return db().user.create({
    data: {
      phone: options.phone ?? uniquePhone(),
      name: options.name ?? `用户${unique()}`,
      passwordHash: await cachedHash(options.password ?? "Test@2026pass"),
      grants: { create: options.grants ?? [] },
    },
    include: { grants: true },
  });
}

/** The default confirmation date of a factory member's link to their unit. */
export const LINKED_LONG_AGO = new Date("2020-01-01T00:00:00Z");

export async function createMember(options: {
  communityId: string;
  gridId?: string | null;
  buildingId?: string | null;
  userId?: string | null;
  name?: string;
  phone?: string;
  status?: MemberStatus;
  kind?: MemberKind;
  employerUnitId?: string | null;
  /** when the link to employerUnitId was confirmed; default: long ago, so the unit sees all of the member's history */
  employerLinkedAt?: Date;
  suggestedUnitId?: string | null;
  employerName?: string | null;
  employerBranch?: string | null;
  skills?: string[];
  room?: string;
  gender?: "MALE" | "FEMALE";
  reportedAt?: Date;
}) {
  const status = options.status ?? "ACTIVE";
  return db().member.create({
    data: {
      communityId: options.communityId,
      gridId: options.gridId ?? null,
      buildingId: options.buildingId ?? null,
      userId: options.userId ?? null,
      name: options.name ?? `党员${unique()}`,
      phone: options.phone ?? uniquePhone(),
      gender: options.gender,
      status,
      kind: options.kind ?? "IN_SERVICE",
      employerUnitId: options.employerUnitId ?? null,
      employerLinkedAt: options.employerUnitId ? (options.employerLinkedAt ?? LINKED_LONG_AGO) : null,
      suggestedUnitId: options.suggestedUnitId ?? null,
      employerName: options.employerName ?? null,
      employerBranch: options.employerBranch ?? null,
      skills: options.skills ?? [],
      room: options.room,
      reportedAt: options.reportedAt,
      verifiedAt: status === "ACTIVE" ? new Date() : null,
      consentAt: new Date(),
      consentVersion: "2026-01",
    },
  });
}
