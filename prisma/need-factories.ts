// Needs (issue 9) for the tests and the demo seed of the needs-units side: valid rows, unique data.
// Kept apart from prisma/factories.ts so the three needs branches do not collide on one file.
import { db } from "../lib/db.ts";
import type { NeedClaimStatus, NeedKind, NeedStatus } from "../lib/generated/prisma/enums.ts";
import { newTrackingToken } from "../lib/needs/tracking-token.ts";
import { categoryIdOf } from "./factories.ts";

export async function createNeedRow(options: {
  community: { id: string; streetId: string | null };
  buildingId?: string | null;
  gridId?: string | null;
  kind?: NeedKind;
  /** a category code (default: the first shared category) */
  category?: string;
  content?: string;
  status?: NeedStatus;
  residentName?: string;
  residentPhone?: string;
  room?: string | null;
  places?: number;
  claimedCount?: number;
  unitId?: string | null;
  taskMonth?: Date | null;
  createdAt?: Date;
  publishedAt?: Date | null;
  firstClaimedAt?: Date | null;
  doneAt?: Date | null;
  confirmedAt?: Date | null;
  closedAt?: Date | null;
  rating?: number | null;
  /** REJECTED and CLOSED need one (a CHECK); a default is filled in */
  reason?: string | null;
}) {
  const { hash } = newTrackingToken();
  const createdAt = options.createdAt ?? new Date();
  return db().need.create({
    data: {
      communityId: options.community.id,
      streetId: options.community.streetId!,
      kind: options.kind ?? "SERVICE",
      categoryId: await categoryIdOf(options.category),
      content: options.content ?? "帮忙陪同老人去医院复诊",
      buildingId: options.buildingId ?? null,
      gridId: options.gridId ?? null,
      residentName: options.residentName ?? "王秀英",
      residentPhone: options.residentPhone ?? "13812345678",
      room: options.room === undefined ? "3-201" : options.room,
      consentVersion: "2026-12",
      consentAt: createdAt,
      source: "RESIDENT",
      trackingHash: hash,
      status: options.status ?? "SUBMITTED",
      places: options.places ?? 1,
      claimedCount: options.claimedCount ?? 0,
      unitId: options.unitId ?? null,
      taskMonth: options.taskMonth ?? null,
      createdAt,
      publishedAt: options.publishedAt ?? null,
      firstClaimedAt: options.firstClaimedAt ?? null,
      doneAt: options.doneAt ?? null,
      confirmedAt: options.confirmedAt ?? null,
      closedAt: options.closedAt ?? null,
      rating: options.rating ?? null,
      reason: options.reason ?? (options.status === "REJECTED" || options.status === "CLOSED" ? "不属于社区服务范围" : null),
      ratingSource: options.rating ? "RESIDENT" : null,
    },
  });
}

export async function createNeedClaimRow(options: {
  need: { id: string; communityId: string };
  memberId: string;
  status?: NeedClaimStatus;
  claimedAt?: Date;
  doneAt?: Date | null;
  viaUnitId?: string | null;
}) {
  return db().needClaim.create({
    data: {
      needId: options.need.id,
      memberId: options.memberId,
      communityId: options.need.communityId,
      status: options.status ?? "ACTIVE",
      claimedAt: options.claimedAt ?? new Date(),
      doneAt: options.doneAt ?? null,
      viaUnitId: options.viaUnitId ?? null,
    },
  });
}
