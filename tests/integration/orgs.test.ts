import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { setOrgArchived } from "@/lib/orgs/archive-org";
import { createOrg } from "@/lib/orgs/create-org";
import { getOrg } from "@/lib/orgs/get-org";
import { listOrgTree } from "@/lib/orgs/list-org-tree";
import { moveOrg } from "@/lib/orgs/move-org";
import { renameOrg } from "@/lib/orgs/rename-org";
import { createWorkUnit } from "@/lib/orgs/create-work-unit";
import { updateWorkUnit } from "@/lib/orgs/update-work-unit";
import { createMember } from "@/prisma/factories";
import { createStreetWorld } from "../support/world";

const unit = { name: "华信科技有限公司", partyBranchName: "华信科技党支部", inArea: true };

describe("organization tree", () => {
  it("creates a community, a grid and a building, each the kind its parent allows, with audit lines", async () => {
    const { admin, street } = await createStreetWorld();
    const community = await createOrg({ actor: admin, input: { parentId: street.id, name: "城南社区" } });
    const grid = await createOrg({ actor: admin, input: { parentId: community.id, name: "第一网格" } });
    const building = await createOrg({ actor: admin, input: { parentId: grid.id, name: "3号楼" } });

    const rows = await db().organization.findMany({ where: { id: { in: [community.id, grid.id, building.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(community.id)).toMatchObject({ kind: "COMMUNITY", communityId: community.id, streetId: street.id });
    expect(byId.get(grid.id)).toMatchObject({ kind: "GRID", communityId: community.id });
    expect(byId.get(building.id)).toMatchObject({ kind: "BUILDING", communityId: community.id, parentId: grid.id });

    const audit = await db().auditEvent.findMany({
      where: { action: "org.create", actorId: admin.userId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.entityId)).toEqual([community.id, grid.id, building.id]);
    expect(audit[0].after).toMatchObject({ kind: "COMMUNITY", name: "城南社区" });
    expect(audit[0].scopeOrgId).toBe(street.id);
  });

  it("refuses a duplicate name under the same parent", async () => {
    const { admin, community, grid } = await createStreetWorld();
    await expect(createOrg({ actor: admin, input: { parentId: community.id, name: grid.name } })).rejects.toMatchObject({
      fieldErrors: { name: "orgs.duplicateName" },
    });
  });

  it("renames with before and after in the audit log", async () => {
    const { admin, grid } = await createStreetWorld();
    await renameOrg({ actor: admin, input: { id: grid.id, name: "滨河网格" } });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "org.rename", entityId: grid.id } });
    expect(event.before).toMatchObject({ name: grid.name });
    expect(event.after).toMatchObject({ name: "滨河网格" });
  });

  it("moves a grid to another community, and its buildings and residents follow", async () => {
    const { admin, street, grid, building, community } = await createStreetWorld();
    const member = await createMember({ communityId: community.id, gridId: grid.id, buildingId: building.id });
    const other = await createOrg({ actor: admin, input: { parentId: street.id, name: "滨河社区" } });

    await moveOrg({ actor: admin, input: { id: grid.id, parentId: other.id } });

    expect(await db().organization.findUniqueOrThrow({ where: { id: grid.id } })).toMatchObject({
      parentId: other.id,
      communityId: other.id,
    });
    expect(await db().organization.findUniqueOrThrow({ where: { id: building.id } })).toMatchObject({ communityId: other.id });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ communityId: other.id });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "org.move", entityId: grid.id } });
    expect(event.before).toMatchObject({ parentId: community.id });
    expect(event.after).toMatchObject({ parentId: other.id });
  });

  it("refuses to move a building under something that is not a grid", async () => {
    const { admin, building, community } = await createStreetWorld();
    await expect(moveOrg({ actor: admin, input: { id: building.id, parentId: community.id } })).rejects.toMatchObject({
      fieldErrors: { parentId: "orgs.badParent" },
    });
  });

  it("archives children before parents, keeps rows, and restores", async () => {
    const { admin, grid, building } = await createStreetWorld();
    await expect(setOrgArchived({ actor: admin, input: { id: grid.id, archived: true } })).rejects.toThrow(UserFacingError);
    await setOrgArchived({ actor: admin, input: { id: building.id, archived: true } });
    await setOrgArchived({ actor: admin, input: { id: grid.id, archived: true } });
    expect((await db().organization.findUniqueOrThrow({ where: { id: grid.id } })).archivedAt).not.toBeNull();
    await expect(setOrgArchived({ actor: admin, input: { id: building.id, archived: false } })).rejects.toMatchObject({
      messageKey: "orgs.restoreParentFirst",
    });
    await setOrgArchived({ actor: admin, input: { id: grid.id, archived: false } });
    expect((await db().organization.findUniqueOrThrow({ where: { id: grid.id } })).archivedAt).toBeNull();
    const actions = (await db().auditEvent.findMany({ where: { entityId: grid.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["org.archive", "org.restore"]);
  });

  it("shows the admin only their own street's tree", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    const tree = await listOrgTree({ actor: a.admin });
    expect(tree?.id).toBe(a.street.id);
    expect(tree?.children.map((c) => c.id)).toEqual([a.community.id]);
    expect(JSON.stringify(tree)).not.toContain(b.community.id);
  });
});

describe("another street's rows are not found, even with a guessed id", () => {
  it("for reads and every kind of change", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    await expect(getOrg({ actor: a.admin, input: { id: b.grid.id } })).rejects.toThrow(NotFoundError);
    await expect(renameOrg({ actor: a.admin, input: { id: b.grid.id, name: "x" } })).rejects.toThrow(NotFoundError);
    await expect(createOrg({ actor: a.admin, input: { parentId: b.community.id, name: "x" } })).rejects.toThrow(NotFoundError);
    await expect(moveOrg({ actor: a.admin, input: { id: b.building.id, parentId: a.grid.id } })).rejects.toThrow(NotFoundError);
    await expect(moveOrg({ actor: a.admin, input: { id: a.building.id, parentId: b.grid.id } })).rejects.toThrow(UserFacingError);
    await expect(setOrgArchived({ actor: a.admin, input: { id: b.building.id, archived: true } })).rejects.toThrow(NotFoundError);
    expect(await db().organization.findUniqueOrThrow({ where: { id: b.grid.id } })).toMatchObject({
      name: b.grid.name,
      archivedAt: null,
    });
  });

  it("and a malformed id is not found rather than an error", async () => {
    const { admin } = await createStreetWorld();
    await expect(getOrg({ actor: admin, input: { id: "../../etc" } })).rejects.toThrow(NotFoundError);
  });

  it("a secretary cannot manage organizations at all", async () => {
    const { secretary, grid } = await createStreetWorld();
    await expect(renameOrg({ actor: secretary, input: { id: grid.id, name: "x" } })).rejects.toThrow(ForbiddenError);
  });
});

describe("work units", () => {
  it("creates and updates with audit, and refuses a duplicate name in the street", async () => {
    const { admin } = await createStreetWorld();
    const { id } = await createWorkUnit({ actor: admin, input: unit });
    await updateWorkUnit({ actor: admin, input: { ...unit, contactName: "卫华", id } });
    const events = await db().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["unit.create", "unit.update"]);
    expect(events[1].before).toMatchObject({ contactName: null });
    expect(events[1].after).toMatchObject({ contactName: "卫华" });
    await expect(createWorkUnit({ actor: admin, input: unit })).rejects.toMatchObject({
      fieldErrors: { name: "orgs.duplicateName" },
    });
  });

  it("cannot be changed from another street", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    const { id } = await createWorkUnit({ actor: b.admin, input: unit });
    await expect(updateWorkUnit({ actor: a.admin, input: { ...unit, name: "改名", id } })).rejects.toThrow(NotFoundError);
  });
});
