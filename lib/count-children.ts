/**
 * Prisma's relation `_count` (`select: { _count: { select: { pledges: … } } }`) aggregates the
 * child table as a whole, every community's rows, before joining it to the parents: 200 ms for
 * the pledges of one community's menu at district scale. Lists count their children with a
 * `groupBy` limited to the parents on the page instead; `eslint.config.mjs` refuses a relation `_count`.
 */
export type GroupCount<K extends string> = Record<K, string | null> & { _count: { _all: number } };

/** The counts of a `groupBy({ by: [key], _count: { _all: true } })` by parent id; 0 for parents without children. */
export function countsById<K extends string>(rows: GroupCount<K>[], key: K): (id: string) => number {
  const counts = new Map<string, number>();
  for (const row of rows) if (row[key] !== null) counts.set(row[key] as string, row._count._all);
  return (id) => counts.get(id) ?? 0;
}
