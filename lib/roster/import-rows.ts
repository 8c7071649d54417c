// What an import batch keeps for each row between preview and confirm, and the pure checks that
// turn a row's cells into an importable member.
import type { Gender, MemberKind } from "../generated/prisma/enums.ts";
import { normalizePersonName } from "../members/person-name.ts";
import type { RosterCells } from "./roster-layout.ts";
import { EXAMPLE_ROW, GENDER_WORDS, IMPORT_COLUMNS, KIND_WORDS, splitSkills, type ImportColumnKey } from "./roster-columns.ts";

export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/** A message key (rosterImport.errors.* / rosterImport.skip.*), the cell it is about, its values. */
export type RowIssue = { field?: ImportColumnKey; key: string; params?: Record<string, string | number> };

/** The member a row becomes; ids are checked again inside the confirm transaction. */
export type ImportMember = {
  name: string;
  gender: Gender | null;
  phone: string;
  kind: MemberKind;
  gridId: string | null;
  buildingId: string;
  room: string | null;
  /** a verified unit of that exact name: a suggested link the secretary confirms, never a link */
  suggestedUnitId: string | null;
  employerName: string | null;
  employerBranch: string | null;
  position: string | null;
  skills: string[];
};

/** A data row of the sheet under the current column mapping; `row` is the row number seen in Excel. */
export type RawRosterRow = { row: number; values: RosterCells };

export type ImportRow = {
  row: number;
  values: RosterCells;
  /** valid: will be imported; skip: nothing to fix (already on the roster); error: must be fixed */
  status: "valid" | "skip" | "error";
  issues: RowIssue[];
  member?: ImportMember;
  /** set by confirm */
  result?: "imported" | "skipped";
};

export type ImportCounts = { total: number; valid: number; skip: number; error: number };

export function countRows(rows: ImportRow[]): ImportCounts {
  const counts = { total: rows.length, valid: 0, skip: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

export type RosterContext = {
  grids: { id: string; name: string }[];
  buildings: { id: string; name: string; gridId: string | null }[];
  workUnits: { id: string; name: string }[];
  /** phones already on this community's roster, whatever their status */
  phonesOnRoster: Set<string>;
};

/** 138 1234-5678, +86 13812345678 → 13812345678 */
export function normalizePhone(text: string): string {
  return text.replace(/[\s\-()]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "");
}

/** Names compare without spaces or case, full-width forms folded (cells are already NFKC). */
function nameKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

function isExampleRow(values: RosterCells): boolean {
  return nameKey(values.name) === nameKey(EXAMPLE_ROW.name) && normalizePhone(values.phone) === EXAMPLE_ROW.phone;
}

/** Checks every row against the community's grids, buildings, work units and roster. */
export function validateRosterRows(rawRows: RawRosterRow[], context: RosterContext): ImportRow[] {
  const gridsByName = groupBy(context.grids, (g) => nameKey(g.name));
  const buildingsByName = groupBy(context.buildings, (b) => nameKey(b.name));
  const unitsByName = new Map(context.workUnits.map((u) => [u.name.trim(), u]));
  const firstRowOfPhone = new Map<string, number>();

  return rawRows.map(({ row, values }): ImportRow => {
    if (isExampleRow(values)) return { row, values, status: "skip", issues: [{ key: "rosterImport.skip.exampleRow" }] };
    const errors: RowIssue[] = [];
    const error = (field: ImportColumnKey, key: string, params?: RowIssue["params"]) =>
      errors.push({ field, key, ...(params ? { params } : {}) });

    for (const column of IMPORT_COLUMNS) {
      if (values[column.key].length > column.maxLength)
        error(column.key, "rosterImport.errors.tooLong", { max: column.maxLength });
    }

    const name = normalizePersonName(values.name);
    if (!name) error("name", "rosterImport.errors.missingName");

    let gender: Gender | null = null;
    if (values.gender) {
      gender = GENDER_WORDS[values.gender.toLowerCase()] ?? null;
      if (!gender) error("gender", "rosterImport.errors.badGender");
    }

    const phone = normalizePhone(values.phone);
    if (!phone) error("phone", "rosterImport.errors.missingPhone");
    else if (!MOBILE_PHONE.test(phone)) error("phone", "rosterImport.errors.badPhone");
    else if (firstRowOfPhone.has(phone))
      error("phone", "rosterImport.errors.duplicateInFile", { row: firstRowOfPhone.get(phone)! });
    else firstRowOfPhone.set(phone, row);

    let grid: { id: string } | null = null;
    if (values.grid) {
      const matches = gridsByName.get(nameKey(values.grid)) ?? [];
      if (matches.length === 1) grid = matches[0];
      else error("grid", "rosterImport.errors.unknownGrid");
    }

    let building: RosterContext["buildings"][number] | null = null;
    if (!values.building) error("building", "rosterImport.errors.missingBuilding");
    else if (!values.grid || grid) {
      const candidates = (buildingsByName.get(nameKey(values.building)) ?? []).filter((b) => !grid || b.gridId === grid.id);
      if (candidates.length === 1) building = candidates[0];
      else if (candidates.length > 1) error("building", "rosterImport.errors.ambiguousBuilding");
      else error("building", grid ? "rosterImport.errors.buildingNotInGrid" : "rosterImport.errors.unknownBuilding");
    }

    let kind: MemberKind = "IN_SERVICE";
    if (values.kind) {
      const mapped = KIND_WORDS[values.kind.replace(/\s+/g, "")];
      if (mapped) kind = mapped;
      else error("kind", "rosterImport.errors.badKind");
    }

    const skills = splitSkills(values.skills);
    if (skills.length > 20 || skills.some((s) => s.length > 30)) error("skills", "rosterImport.errors.badSkills");

    if (errors.length) return { row, values, status: "error", issues: errors };

    const unit = values.employer ? unitsByName.get(values.employer) : undefined;
    const member: ImportMember = {
      name,
      gender,
      phone,
      kind,
      gridId: building!.gridId,
      buildingId: building!.id,
      room: values.room || null,
      suggestedUnitId: unit?.id ?? null,
      employerName: values.employer || null,
      employerBranch: values.employerBranch || null,
      position: values.position || null,
      skills,
    };
    if (context.phonesOnRoster.has(phone)) {
      return { row, values, status: "skip", issues: [{ field: "phone", key: "rosterImport.skip.alreadyOnRoster" }], member };
    }
    return { row, values, status: "valid", issues: [], member };
  });
}
