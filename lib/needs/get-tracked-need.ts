import "server-only";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { NeedKind, NeedStatus } from "../generated/prisma/enums.ts";
import { isTrackingToken, trackingHash } from "./tracking-token.ts";

export type TrackedNeed = {
  kind: NeedKind;
  status: NeedStatus;
  category: { nameZh: string; nameEn: string };
  community: string;
  building: string | null;
  content: string;
  wantedWhen: string | null;
  createdAt: Date;
  /** a rejection's or closing's reason: meant for the resident */
  reason: string | null;
  rating: number | null;
  ratingComment: string | null;
  events: { id: string; kind: string; createdAt: Date; params: Record<string, unknown> }[];
};

/**
 * What the tracking link opens (/t/<token>): this one need's status and visible timeline, nothing
 * else (no claimant's name, no other need, not even the resident's own contact details). A token of
 * the wrong shape, an unknown token or a voided one is "not found".
 */
export async function getTrackedNeed({ input }: { input: { token: string } }): Promise<TrackedNeed & { id: string }> {
  if (!isTrackingToken(input.token)) throw new NotFoundError();
  const need = await db().need.findUnique({
    where: { trackingHash: trackingHash(input.token) },
    select: {
      id: true,
      kind: true,
      status: true,
      content: true,
      wantedWhen: true,
      createdAt: true,
      reason: true,
      rating: true,
      ratingComment: true,
      category: { select: { nameZh: true, nameEn: true } },
      community: { select: { name: true } },
      building: { select: { name: true } },
      events: {
        where: { visibleToResident: true },
        orderBy: { id: "asc" },
        select: { id: true, kind: true, createdAt: true, params: true },
      },
    },
  });
  if (!need) throw new NotFoundError();
  return {
    id: need.id,
    kind: need.kind,
    status: need.status,
    category: need.category,
    community: need.community.name,
    building: need.building?.name ?? null,
    content: need.content,
    wantedWhen: need.wantedWhen,
    createdAt: need.createdAt,
    reason: need.status === "REJECTED" || need.status === "CLOSED" ? need.reason : null,
    rating: need.rating,
    ratingComment: need.ratingComment,
    events: need.events.map((e) => ({
      id: e.id.toString(),
      kind: e.kind,
      createdAt: e.createdAt,
      params: (e.params && typeof e.params === "object" && !Array.isArray(e.params) ? e.params : {}) as Record<string, unknown>,
    })),
  };
}
