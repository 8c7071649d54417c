import type { NeedStatus } from "../generated/prisma/enums.ts";

/** The badge colour of each status, always shown with its word. */
export const NEED_STATUS_TONE: Record<NeedStatus, "green" | "amber" | "red" | "gray" | "blue"> = {
  SUBMITTED: "amber",
  PUBLISHED: "blue",
  DISPATCHED: "blue",
  CLAIMED: "blue",
  DONE: "amber",
  CONFIRMED: "green",
  CLOSED: "gray",
  REJECTED: "red",
  MERGED: "gray",
  CONVERTED: "green",
};
