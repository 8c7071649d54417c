// The triage queue's query parameters: a bad value is dropped (the default is shown), never an error.
import { z } from "zod";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { firstParam, parseIdParam, parsePage, parseQueryText, type SearchParams } from "../validation/fields.ts";

export const QUEUE_TABS = ["waiting", "board", "working", "done", "closed", "all"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const TAB_STATUSES: Record<QueueTab, NeedStatus[] | null> = {
  waiting: ["SUBMITTED"],
  board: ["PUBLISHED"],
  working: ["CLAIMED", "DISPATCHED"],
  done: ["DONE"],
  closed: ["CONFIRMED", "CLOSED", "REJECTED", "MERGED", "CONVERTED"],
  all: null,
};

export const NEED_KINDS = ["WISH", "SERVICE", "PROBLEM"] as const;

export const queueQuerySchema = z.object({
  tab: z.enum(QUEUE_TABS),
  kind: z.enum(NEED_KINDS).optional(),
  categoryId: z.string().optional(),
  buildingId: z.string().optional(),
  q: z.string().optional(),
  page: z.number(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export function parseQueueQuery(search: SearchParams): QueueQuery {
  const tab = firstParam(search.tab);
  const kind = firstParam(search.kind);
  return {
    tab: (QUEUE_TABS as readonly string[]).includes(tab ?? "") ? (tab as QueueTab) : "waiting",
    kind: (NEED_KINDS as readonly string[]).includes(kind ?? "") ? (kind as QueueQuery["kind"]) : undefined,
    categoryId: parseIdParam(search.category),
    buildingId: parseIdParam(search.building),
    q: parseQueryText(search.q, 40),
    page: parsePage(search.page),
  };
}
