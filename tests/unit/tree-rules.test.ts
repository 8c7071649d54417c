import { describe, expect, it } from "vitest";
import { CHILD_KIND, MOVABLE_UNDER, orgSnapshot } from "@/lib/orgs/tree-rules";

describe("organization tree rules", () => {
  it("nests street → community → grid → building, and nothing under a building or a work unit", () => {
    expect(CHILD_KIND).toEqual({ STREET: "COMMUNITY", COMMUNITY: "GRID", GRID: "BUILDING" });
    expect(CHILD_KIND.BUILDING).toBeUndefined();
    expect(CHILD_KIND.WORK_UNIT).toBeUndefined();
  });

  it("moves grids between communities and buildings between grids; communities stay in their street", () => {
    expect(MOVABLE_UNDER).toEqual({ GRID: "COMMUNITY", BUILDING: "GRID" });
    expect(MOVABLE_UNDER.COMMUNITY).toBeUndefined();
  });

  it("keeps only the fields an audit line should show", () => {
    const snapshot = orgSnapshot({
      kind: "WORK_UNIT",
      name: "东湖医院",
      parentId: null,
      archivedAt: null,
      contactPhone: "13800138000",
      id: "internal",
      streetId: "internal",
      createdAt: new Date(),
    });
    expect(Object.keys(snapshot).sort()).toEqual(
      [
        "address",
        "archivedAt",
        "contactName",
        "contactPhone",
        "creditCode",
        "inArea",
        "kind",
        "name",
        "parentId",
        "partyBranchName",
      ].sort(),
    );
    expect(snapshot).toMatchObject({ kind: "WORK_UNIT", name: "东湖医院", contactPhone: "13800138000" });
  });
});
