// The server actions of app/ themselves, one or more per role, called as the browser would:
// the wrapper resolves the actor (through the session seam), checks the permission, parses the
// form, runs the use case on the real database, then revalidates and redirects.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOrgAction } from "@/app/(admin)/admin/actions";
import { approveMembersAction } from "@/app/(community)/community/verification/actions";
import { signUpAction } from "@/app/(member)/me/activities/[id]/actions";
import { submitUnitReportAction } from "@/app/(unit)/unit/reports/actions";
import { db } from "@/lib/db";
import { createActivity, createMember, createUser, createWorkUnit } from "@/prisma/factories";
import { resetHarness, submitAs } from "../support/action-harness";
import { actorFor, createStreetWorld } from "../support/world";

vi.mock("@/lib/auth/session", async () => {
  const { signedIn } = await import("../support/action-harness");
  return { getActor: async () => signedIn.actor };
});
vi.mock("next/cache", async () => (await import("../support/action-harness")).recordingCache());

const { revalidated } = await import("../support/action-harness");

beforeEach(() => resetHarness());

describe("server actions of app/, per role", () => {
  it("ADMIN: createOrgAction adds a community under the admin's street and refreshes /admin", async () => {
    const world = await createStreetWorld();
    const result = await submitAs(world.admin, createOrgAction, { parentId: world.street.id, name: "城南社区" });
    expect(result).toMatchObject({ ok: true, message: "orgs.created" });
    expect(await db().organization.count({ where: { name: "城南社区", parentId: world.street.id } })).toBe(1);
    expect(revalidated).toEqual(["/admin:layout"]);
  });

  it("ADMIN of another street: createOrgAction finds no parent there and stores nothing", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const result = await submitAs(other.admin, createOrgAction, { parentId: world.street.id, name: "越界社区" });
    expect(result.ok).toBe(false);
    expect(await db().organization.count({ where: { name: "越界社区" } })).toBe(0);
    expect(revalidated).toEqual([]);
  });

  it("SECRETARY: approveMembersAction verifies the community's pending members", async () => {
    const world = await createStreetWorld();
    const pending = await createMember({ communityId: world.community.id, status: "PENDING" });
    const result = await submitAs(world.secretary, approveMembersAction, { memberIds: [pending.id] });
    expect(result).toMatchObject({ ok: true, message: "verification.approved" });
    expect((await db().member.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("ACTIVE");
    expect(revalidated).toEqual(["/community:layout"]);
  });

  it("SECRETARY of another community: approveMembersAction leaves the member pending", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const pending = await createMember({ communityId: world.community.id, status: "PENDING" });
    await submitAs(other.secretary, approveMembersAction, { memberIds: [pending.id] });
    expect((await db().member.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
  });

  it("MEMBER: signUpAction confirms a place and says so", async () => {
    const world = await createStreetWorld();
    const user = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    await createMember({ communityId: world.community.id, userId: user.id, phone: user.phone });
    const activity = await createActivity({
      communityId: world.community.id,
      startsAt: new Date(Date.now() + 3 * 86_400_000),
    });
    const result = await submitAs(await actorFor(user.id), signUpAction, { activityId: activity.id });
    expect(result).toMatchObject({
      ok: true,
      message: "memberActivities.signedUp",
      data: { status: "CONFIRMED", position: null },
    });
    expect((await db().activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(1);
    expect(revalidated).toEqual(["/me:layout"]);
  });

  it("MEMBER of another community: signUpAction answers 'not found'", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const user = await createUser({ grants: [{ role: "MEMBER", organizationId: other.community.id }] });
    await createMember({ communityId: other.community.id, userId: user.id, phone: user.phone });
    const activity = await createActivity({ communityId: world.community.id, startsAt: new Date(Date.now() + 86_400_000 * 3) });
    const result = await submitAs(await actorFor(user.id), signUpAction, { activityId: activity.id });
    expect(result.ok).toBe(false);
    expect(await db().signup.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("UNIT_ADMIN: submitUnitReportAction reports the unit to a community", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id, contactName: "王主任", contactPhone: "13812340000" });
    const user = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] });
    const result = await submitAs(await actorFor(user.id), submitUnitReportAction, {
      communityId: world.community.id,
      offerVenues: "党员活动室 1 间，周末可用",
      contactName: "王主任",
      contactPhone: "0512-66668888",
    });
    expect(result).toMatchObject({ ok: true, message: "unitReports.submitted" });
    expect(await db().unitReport.count({ where: { unitId: unit.id, communityId: world.community.id } })).toBe(1);
    expect(revalidated).toEqual(["/unit:layout"]);
  });

  it("any role without the permission, and a visitor, are refused before the use case runs", async () => {
    const world = await createStreetWorld();
    const values = { parentId: world.street.id, name: "无权社区" };
    expect(await submitAs(world.secretary, createOrgAction, values)).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await submitAs(null, createOrgAction, values)).toEqual({ ok: false, message: "errors.signInRequired" });
    expect(await db().organization.count({ where: { name: "无权社区" } })).toBe(0);
  });
});
