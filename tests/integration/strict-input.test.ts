// Malformed form bodies through the action wrapper with the real schemas and use cases: a field
// error (or "not found"), never an unexpected error, and nothing written (issue 13.9).
import { describe, expect, it, vi } from "vitest";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute";
import { confirmAttendanceSchema } from "@/lib/attendance/schema";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { createActivity } from "@/lib/activities/create-activity";
import { activitySchema, signUpOnBehalfSchema } from "@/lib/activities/schema";
import { signUpOnBehalf } from "@/lib/activities/sign-up-on-behalf";
import { db } from "@/lib/db";
import { adjustPoints } from "@/lib/points/ledger";
import { adjustPointsSchema } from "@/lib/points/schema";
import { rewardSchema } from "@/lib/time-bank/schema";
import { createReward } from "@/lib/time-bank/create-reward";
import { createMember } from "@/prisma/factories";
import { categoryId, createActivity as existingActivity } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

function form(values: Record<string, string | string[] | File>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition pairs its own schema and use case
const definitions: Record<string, ActionDefinition<any, unknown>> = {
  createActivity: {
    permission: "activities.manage",
    schema: activitySchema,
    run: ({ actor, input }) => createActivity({ actor, input }),
  },
  adjustPoints: {
    permission: "points.manage",
    schema: adjustPointsSchema,
    run: ({ actor, input }) => adjustPoints({ actor, input }),
  },
  signUpOnBehalf: {
    permission: "activities.manage",
    schema: signUpOnBehalfSchema,
    run: async ({ actor, input }) => {
      await signUpOnBehalf({ actor, input });
    },
  },
  confirmAttendance: {
    permission: "attendance.manage",
    schema: confirmAttendanceSchema,
    run: ({ actor, input }) => confirmAttendance({ actor, input }),
  },
  createReward: {
    permission: "timebank.manage",
    schema: rewardSchema,
    run: async ({ actor, input }) => {
      await createReward({ actor, input });
    },
  },
};

async function activityForm(world: World, overrides: Record<string, string | File> = {}) {
  return {
    title: "楼道清洁",
    place: "社区活动中心",
    categoryId: await categoryId(),
    startsAt: "2027-03-01T09:00",
    endsAt: "2027-03-01T11:00",
    signupDeadline: "2027-02-28T18:00",
    capacity: "20",
    points: "5",
    hours: "2",
    ...overrides,
  };
}

async function counts(world: World) {
  const communityId = world.community.id;
  return {
    activities: await db().activity.count({ where: { communityId } }),
    ledger: await db().pointsEntry.count({ where: { communityId } }),
    signups: await db().signup.count({ where: { activity: { communityId } } }),
    records: await db().activityRecord.count({ where: { communityId } }),
    rewards: await db().reward.count({ where: { communityId } }),
  };
}

/** Runs the action and checks: no unexpected error, a field error on `field`, nothing written. */
async function expectFieldError(world: World, name: string, values: Record<string, string | string[] | File>, field: string) {
  const before = await counts(world);
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  const result = await executeAction(definitions[name], world.secretary, form(values));
  expect(logged).not.toHaveBeenCalled();
  logged.mockRestore();
  expect(result.ok).toBe(false);
  expect(result.message).toBe("errors.checkForm");
  expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
  expect(await counts(world)).toEqual(before);
  return result.fieldErrors![field];
}

describe("strict parsing of action bodies", () => {
  it("refuses a day that does not exist instead of saving the next month's", async () => {
    const world = await createStreetWorld();
    const values = await activityForm(world, { startsAt: "2027-02-30T09:00", endsAt: "2027-02-30T11:00" });
    expect(await expectFieldError(world, "createActivity", values, "startsAt")).toBe("validation.noSuchDate");
  });

  it("refuses hexadecimal and exponent numbers instead of reading 0x10 as 16 and 1e3 as 1000", async () => {
    const world = await createStreetWorld();
    expect(await expectFieldError(world, "createActivity", await activityForm(world, { points: "0x10" }), "points")).toBe(
      "validation.number",
    );
    expect(await expectFieldError(world, "createActivity", await activityForm(world, { capacity: "1e3" }), "capacity")).toBe(
      "validation.number",
    );
    expect(await expectFieldError(world, "createActivity", await activityForm(world, { capacity: " 12 " }), "capacity")).toBe(
      "validation.number",
    );
    const member = await createMember({ communityId: world.community.id, gridId: world.grid.id, buildingId: world.building.id });
    expect(await expectFieldError(world, "adjustPoints", { memberId: member.id, amount: "0x10", reason: "测试" }, "amount")).toBe(
      "validation.number",
    );
    expect(await expectFieldError(world, "createReward", { name: "雨伞", pointsPrice: "1e2", stock: "5" }, "pointsPrice")).toBe(
      "validation.number",
    );
    // the same form, written plainly, is saved
    const ok = await executeAction(definitions.createActivity, world.secretary, form(await activityForm(world)));
    expect(ok.ok).toBe(true);
  });

  it("refuses NUL and control characters with a field error", async () => {
    const world = await createStreetWorld();
    const values = await activityForm(world, { title: "楼道\u0000清洁" });
    expect(await expectFieldError(world, "createActivity", values, "title")).toBe("validation.controlCharacters");
  });

  it("answers a non-uuid id with a field error, not a database error", async () => {
    const world = await createStreetWorld();
    const activity = await existingActivity(world);
    expect(await expectFieldError(world, "signUpOnBehalf", { activityId: activity.id, memberId: "1 OR 1=1" }, "memberId")).toBe(
      "validation.required",
    );
    expect(await expectFieldError(world, "signUpOnBehalf", { activityId: "abc", memberId: activity.id }, "activityId")).toBe(
      "errors.notFound",
    );
    expect(
      await expectFieldError(
        world,
        "confirmAttendance",
        { activityId: activity.id, attended: ["not-a-uuid"], signedUp: [], hours: "2" },
        "attended",
      ),
    ).toBe("validation.required");
  });

  it("survives odd field names and files where text is expected", async () => {
    const world = await createStreetWorld();
    const data = form({ ...(await activityForm(world)), title: new File(["x"], "title.txt") });
    for (const name of ["__proto__", "__proto__", "constructor", "toString", "hasOwnProperty"]) data.append(name, "x");
    const before = await counts(world);
    const result = await executeAction(definitions.createActivity, world.secretary, data);
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: "validation.required" } });
    // what goes back to the browser is plain text only (a function or a file could not be sent)
    expect(JSON.parse(JSON.stringify(result.values))).toEqual(result.values);
    for (const value of Object.values(result.values ?? {})) {
      for (const v of [value].flat()) expect(typeof v).toBe("string");
    }
    expect(await counts(world)).toEqual(before);
  });

  it("answers a body that is not a form at all (a string, an object, nothing) with checkForm, not a crash", async () => {
    // found by the fuzz pass (tests/security): React decodes whatever the client encoded, so the
    // second argument of an action can be any value; formDataToObject used to throw on it (500)
    const world = await createStreetWorld();
    const before = await counts(world);
    for (const body of ["title", { title: "x" }, ["title"], null, undefined, 16]) {
      const result = await executeAction(definitions.createActivity, world.secretary, body as unknown as FormData);
      expect(result).toEqual({ ok: false, message: "errors.checkForm" });
    }
    expect(await counts(world)).toEqual(before);
  });
});
