import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { executeAction } from "@/lib/actions/execute";
import type { Actor } from "@/lib/auth/actor";
import { getBuilding } from "@/lib/community/get-building";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getOwnEntries } from "@/lib/members/get-own-entries";
import { createOrgSchema } from "@/lib/orgs/schema";
import { createOrg } from "@/lib/orgs/create-org";
import { getUnitDashboard } from "@/lib/unit-portal/get-unit-dashboard";
import { createMember, createUser, createWorkUnit } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

const createOrgAction = {
  permission: "orgs.manage" as const,
  schema: createOrgSchema,
  run: ({ actor, input }: { actor: Actor; input: z.infer<typeof createOrgSchema> }) => createOrg({ actor, input }),
};

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

describe("the action wrapper", () => {
  it("checks the permissions table before anything else", async () => {
    const { secretary, street } = await createStreetWorld();
    const result = await executeAction(createOrgAction, secretary, form({ parentId: street.id, name: "新社区" }));
    expect(result).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await db().organization.count({ where: { name: "新社区" } })).toBe(0);
  });

  it("asks a visitor to sign in", async () => {
    const { street } = await createStreetWorld();
    expect(await executeAction(createOrgAction, null, form({ parentId: street.id, name: "x" }))).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
  });

  it("returns field errors and the submitted values, and stores nothing", async () => {
    const { admin, street } = await createStreetWorld();
    const result = await executeAction(createOrgAction, admin, form({ parentId: street.id, name: "   " }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "validation.required" }, values: { name: "   " } });
  });

  it("runs the use case for a permitted actor", async () => {
    const { admin, street } = await createStreetWorld();
    const result = await executeAction(createOrgAction, admin, form({ parentId: street.id, name: "城北社区" }));
    expect(result.ok).toBe(true);
    expect(await db().organization.count({ where: { name: "城北社区", streetId: street.id } })).toBe(1);
  });

  it("never returns internals of an unexpected error", async () => {
    const { admin } = await createStreetWorld();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await executeAction(
      {
        schema: z.object({}),
        run: async () => {
          throw new Error('relation "secret_table" does not exist');
        },
      },
      admin,
      form({ password: "hunter2hunter2" }),
    );
    expect(result).toEqual({ ok: false, message: "errors.unexpected", values: {} });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe("each role sees only its own tenant", () => {
  it("a secretary of community A gets not found for a building of community B", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    await createMember({ communityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, name: "外社区党员" });
    await expect(getBuilding({ actor: a.secretary, input: { id: b.building.id } })).rejects.toThrow(NotFoundError);
    const own = await getBuilding({ actor: a.secretary, input: { id: a.building.id } });
    expect(own.id).toBe(a.building.id);
  });

  it("a member sees only their own roster entries", async () => {
    const { community } = await createStreetWorld();
    const user = await createUser({ grants: [{ role: "MEMBER", organizationId: community.id }] });
    await createMember({ communityId: community.id, userId: user.id, name: "本人" });
    await createMember({ communityId: community.id, name: "邻居" });
    const entries = await getOwnEntries({ actor: await actorFor(user.id) });
    expect(entries.map((e) => e.name)).toEqual(["本人"]);
  });

  it("a unit admin counts only their own unit's members", async () => {
    const { community, street } = await createStreetWorld();
    const mine = await createWorkUnit({ streetId: street.id });
    const other = await createWorkUnit({ streetId: street.id });
    await createMember({ communityId: community.id, employerUnitId: mine.id });
    await createMember({ communityId: community.id, employerUnitId: other.id });
    await createMember({ communityId: community.id, employerUnitId: other.id });
    const admin = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: mine.id }] });
    const overview = await getUnitDashboard({ actor: await actorFor(admin.id), input: { year: new Date().getFullYear() } });
    expect(overview.unit.id).toBe(mine.id);
    expect(overview.counts).toMatchObject({ reported: 1, verified: 1 });
  });
});
