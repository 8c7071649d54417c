import type { Prisma, Tx } from "../db.ts";

export type NeedEventKind =
  | "submitted"
  | "published"
  | "rejected"
  | "merged"
  | "converted"
  | "dispatched"
  | "assigned"
  | "claimed"
  | "progress"
  | "returned"
  | "done"
  | "confirmed"
  | "reopened"
  | "closed"
  | "reminded"
  | "erased"
  | "slipReissued"
  | "storyPublished";

/**
 * One line of a need's timeline, written in the same transaction as the change. `params` holds no
 * personal data (no names, phones or rooms): the resident's tracking page shows the visible lines.
 */
export async function recordNeedEvent(
  tx: Tx,
  input: {
    needId: string;
    kind: NeedEventKind;
    actorId: string | null;
    params?: Record<string, string | number | null>;
    visibleToResident?: boolean;
  },
): Promise<void> {
  await tx.needEvent.create({
    data: {
      needId: input.needId,
      kind: input.kind,
      actorId: input.actorId,
      params: (input.params ?? {}) as Prisma.InputJsonValue,
      visibleToResident: input.visibleToResident ?? true,
    },
  });
}
