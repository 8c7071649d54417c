// Factories shared by the demo seed and the tests: each makes valid rows with unique data.
import { hashPassword } from "../lib/auth/password.ts";
import { db, type Prisma } from "../lib/db.ts";
import type {
  ActivityStatus,
  AttendanceStatus,
  MemberKind,
  MemberStatus,
  Role,
  ServiceItemStatus,
  SignupStatus,
} from "../lib/generated/prisma/enums.ts";

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

/** A member of the community, with an account holding the MEMBER role there unless `withAccount` is false. */
export async function createMemberWithAccount(options: {
  communityId: string;
  withAccount?: boolean;
  name?: string;
  status?: MemberStatus;
  gridId?: string | null;
  buildingId?: string | null;
  employerUnitId?: string | null;
  employerName?: string | null;
}) {
  const { withAccount, ...member } = options;
  const user =
    withAccount === false
      ? null
      : await createUser({ name: options.name, grants: [{ role: "MEMBER", organizationId: options.communityId }] });
  const created = await createMember({ ...member, userId: user?.id ?? null, phone: user?.phone });
  return { member: created, userId: user?.id ?? null };
}

/** The id of a reference service category (the migrations insert them), by code or the first one. */
export async function categoryIdOf(code?: string): Promise<string> {
  const category = await db().serviceCategory.findFirst({
    where: code ? { code } : { communityId: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  if (!category) throw new Error(`no service category ${code ?? ""}`);
  return category.id;
}

const HOUR = 3_600_000;

/** An activity of the community: two hours long, sign-ups closing a day before, published. */
export async function createActivity(options: {
  communityId: string;
  startsAt: Date;
  categoryId?: string;
  category?: string;
  title?: string;
  description?: string;
  place?: string;
  endsAt?: Date;
  signupDeadline?: Date;
  capacity?: number;
  points?: number;
  hours?: number;
  status?: ActivityStatus;
  publishedAt?: Date | null;
  createdById?: string;
  teamId?: string;
}) {
  const status = options.status ?? "PUBLISHED";
  return db().activity.create({
    data: {
      communityId: options.communityId,
      categoryId: options.categoryId ?? (await categoryIdOf(options.category)),
      title: options.title ?? `测试活动${unique()}`,
      description: options.description,
      place: options.place ?? "党群服务中心",
      startsAt: options.startsAt,
      endsAt: options.endsAt ?? new Date(options.startsAt.getTime() + 2 * HOUR),
      signupDeadline: options.signupDeadline ?? new Date(options.startsAt.getTime() - 24 * HOUR),
      capacity: options.capacity ?? 50,
      points: options.points,
      hours: options.hours,
      status,
      publishedAt: options.publishedAt !== undefined ? options.publishedAt : status === "DRAFT" ? null : new Date(),
      createdById: options.createdById,
      teamId: options.teamId,
    },
  });
}

/** A sign-up; CONFIRMED ones also bump the activity's confirmedCount as the real flow does. */
export async function createSignup(options: { activityId: string; memberId: string; status?: SignupStatus }) {
  const status = options.status ?? "CONFIRMED";
  const signup = await db().signup.create({
    data: {
      activityId: options.activityId,
      memberId: options.memberId,
      status,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
  if (status === "CONFIRMED")
    await db().activity.update({ where: { id: options.activityId }, data: { confirmedCount: { increment: 1 } } });
  return signup;
}

/** An attendance record; confirmed (by the secretary) unless the member only checked in. */
export async function createRecord(options: {
  activity: { id: string; communityId: string };
  memberId: string;
  status?: AttendanceStatus;
  hours?: number;
  points?: number;
  checkedInAt?: Date | null;
  confirmedAt?: Date | null;
  confirmedById?: string;
}) {
  const status = options.status ?? "CONFIRMED";
  return db().activityRecord.create({
    data: {
      activityId: options.activity.id,
      memberId: options.memberId,
      communityId: options.activity.communityId,
      status,
      hours: options.hours ?? 0,
      points: options.points ?? 0,
      checkedInAt: options.checkedInAt,
      confirmedAt: options.confirmedAt !== undefined ? options.confirmedAt : status === "CHECKED_IN" ? null : new Date(),
      confirmedById: options.confirmedById,
    },
  });
}

/** A service item of the community's menu for a year. */
export async function createServiceItem(options: {
  communityId: string;
  year: number;
  categoryId?: string;
  category?: string;
  title?: string;
  description?: string;
  typicalTime?: string;
  status?: ServiceItemStatus;
  proposedByMemberId?: string;
  declineReason?: string;
  createdAt?: Date;
}) {
  return db().serviceItem.create({
    data: {
      communityId: options.communityId,
      year: options.year,
      categoryId: options.categoryId ?? (await categoryIdOf(options.category)),
      title: options.title ?? `服务项目${unique()}`,
      description: options.description,
      typicalTime: options.typicalTime,
      skillsWanted: [],
      status: options.status,
      proposedByMemberId: options.proposedByMemberId,
      declineReason: options.declineReason,
      createdAt: options.createdAt,
    },
  });
}

/** A member's pledge of a menu item (withdrawn when asked). */
export async function createPledge(options: {
  memberId: string;
  item: { id: string; communityId: string; year: number };
  remark?: string;
  availability?: string[];
  withdrawn?: boolean;
}) {
  return db().pledge.create({
    data: {
      memberId: options.memberId,
      itemId: options.item.id,
      communityId: options.item.communityId,
      year: options.item.year,
      remark: options.remark ?? "每月一次",
      availability: options.availability,
      withdrawnAt: options.withdrawn ? new Date() : null,
    },
  });
}

export async function createNotification(options: {
  userId: string;
  kind?: string;
  params?: Prisma.InputJsonObject;
  link?: string | null;
  readAt?: Date | null;
}) {
  return db().notification.create({
    data: {
      userId: options.userId,
      kind: options.kind ?? "activityPublished",
      params: options.params ?? { community: "东湖社区", title: "测试活动" },
      link: options.link === undefined ? "/me/activities" : options.link,
      readAt: options.readAt ?? null,
    },
  });
}

/** A letter of thanks as generation writes it (one service), to the member's work unit when given. */
export async function createLetter(options: {
  communityId: string;
  memberId: string;
  year: number;
  workUnit?: { id: string; name: string } | null;
  body?: string;
}) {
  const code = unique();
  return db().thankYouLetter.create({
    data: {
      serial: `T${code.toUpperCase()}-${options.year}-0001`,
      verifyCode: `v${code}${"0".repeat(24)}`.slice(0, 24),
      communityId: options.communityId,
      memberId: options.memberId,
      year: options.year,
      workUnitId: options.workUnit?.id ?? null,
      addressee: options.workUnit ? `${options.workUnit.name}党组织` : "某单位党组织",
      employerName: options.workUnit?.name ?? "某单位",
      services: [{ title: "楼道清洁", category: "环境维护", date: `${options.year}-03-14`, hours: 2 }],
      activityCount: 1,
      totalHours: 2,
      body: options.body ?? "感谢您单位党员积极参加社区服务。",
    },
  });
}

/** A job drawing a year's letters into one PDF, as the secretary's button queues it. */
export async function createLetterPdfJob(options: { communityId: string; year: number; requestedById: string }) {
  return db().letterPdfJob.create({
    data: { ...options, total: 1, verifyOrigin: "http://localhost:3000" },
  });
}

/** A roster upload waiting for its preview to be confirmed (no rows). */
export async function createImportBatch(options: { communityId: string; createdById: string; fileName?: string }) {
  return db().importBatch.create({
    data: {
      communityId: options.communityId,
      createdById: options.createdById,
      fileName: options.fileName ?? `名册${unique()}.xlsx`,
      layout: {},
      counts: { total: 0, valid: 0, skip: 0, error: 0 },
    },
  });
}

/** A council seat whose term covers today (a year either side unless given). */
export async function createCouncilSeat(options: { communityId: string; memberId: string; startsOn?: Date; endsOn?: Date }) {
  await db().member.update({ where: { id: options.memberId }, data: { isCouncilMember: true } });
  return db().councilSeat.create({
    data: {
      communityId: options.communityId,
      memberId: options.memberId,
      startsOn: options.startsOn ?? new Date(Date.now() - 365 * 24 * HOUR),
      endsOn: options.endsOn ?? new Date(Date.now() + 365 * 24 * HOUR),
    },
  });
}

/** A volunteer team led by `leaderMemberId` (its first core member). */
export async function createTeam(options: { communityId: string; leaderMemberId: string; name?: string }) {
  const team = await db().volunteerTeam.create({
    data: { communityId: options.communityId, leaderMemberId: options.leaderMemberId, name: options.name ?? `服务队${unique()}` },
  });
  await db().teamMembership.create({
    data: { teamId: team.id, memberId: options.leaderMemberId, communityId: options.communityId, status: "MEMBER", isCore: true },
  });
  return team;
}
