export const ROSTER_COLUMNS = [
  "gender",
  "phone",
  "residence",
  "kind",
  "employer",
  "skills",
  "availability",
  "status",
  "reReport",
  "reportedAt",
  "flags",
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const DEFAULT_COLUMNS: RosterColumn[] = [
  "phone",
  "residence",
  "kind",
  "employer",
  "skills",
  "status",
  "reReport",
  "reportedAt",
];

export function parseColumns(value: string | string[] | undefined): RosterColumn[] {
  const list = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(","));
  const chosen = ROSTER_COLUMNS.filter((c) => list.includes(c));
  return chosen.length ? chosen : DEFAULT_COLUMNS;
}
