import "server-only";
import { cache } from "react";
import { getTrackedNeed } from "./get-tracked-need.ts";

/** The tracked need once per request (metadata and page). */
export const trackedNeedForPage = cache((token: string) => getTrackedNeed({ input: { token } }));
