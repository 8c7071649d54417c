import { z } from "zod";
import { db } from "../db.ts";
import { byName } from "../natural-order.ts";
import { parseQueryText } from "../validation/fields.ts";

/** At most this many communities are offered at once: beyond it, the visitor narrows the search. */
export const COMMUNITY_CHOICES_MAX = 50;

const SEARCH_MAX = 40;

/** The search words from the URL: trimmed, control characters (a NUL fails PostgreSQL) removed, at most 40 characters; never an error. */
export const communitySearchSchema = z
  .object({
    q: z.preprocess(
      (v) => parseQueryText(typeof v === "string" || Array.isArray(v) ? (v as string | string[]) : undefined, SEARCH_MAX) ?? "",
      z.string(),
    ),
  })
  .catch({ q: "" });

export type SearchCommunitiesOptions = { input: { q: string } };

/**
 * Public: registration's first step, where a visitor without a poster's link finds their community
 * among hundreds. Matches the community's or the street's name (case-insensitive, anywhere in it);
 * with no words, all communities when they are few enough to list. Names only, nothing personal.
 */
/** The words as typed: LIKE's own wildcards (`%`, `_`) and its escape character match themselves. */
function literal(words: string): string {
  return words.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function searchCommunities({ input }: SearchCommunitiesOptions) {
  // the same cleaning when called from anywhere else
  const q = parseQueryText(input.q, SEARCH_MAX) ?? "";
  const pattern = literal(q);
  const where = {
    kind: "COMMUNITY" as const,
    archivedAt: null,
    ...(q
      ? {
          OR: [
            { name: { contains: pattern, mode: "insensitive" as const } },
            { parent: { name: { contains: pattern, mode: "insensitive" as const } } },
          ],
        }
      : {}),
  };
  const total = await db().organization.count({ where });
  if (!q && total > COMMUNITY_CHOICES_MAX) return { q, total, communities: [], more: true };
  const rows = await db().organization.findMany({
    where,
    orderBy: [{ parent: { name: "asc" } }, { name: "asc" }],
    take: COMMUNITY_CHOICES_MAX,
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  const communities = rows
    .map((c) => ({ id: c.id, name: c.name, street: c.parent?.name ?? "" }))
    .sort((a, b) => a.street.localeCompare(b.street, "zh-CN") || byName(a, b));
  return { q, total, communities, more: total > communities.length };
}
