import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpForActivity } from "@/lib/activities/sign-up-for-activity";
import { loadActor } from "@/lib/auth/load-actor";
import { createMember, createUser } from "@/prisma/factories";
import { createActivity, createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

// Issue 11 item 4: a sign-up is two statements on the wire (the actor with its grants, then the
// locked sign-up that also finds the member), so 500 at once queue on the row lock, not on round trips.
// Every statement the app sends goes through pg's Client#query (the Prisma adapter uses a pg pool).

const sent: string[] = [];
const original = pg.Client.prototype.query;
beforeAll(() => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    sent.push(typeof config === "string" ? config : String((config as { text?: string })?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});
afterAll(() => {
  pg.Client.prototype.query = original;
});

async function statementsOf<T>(fn: () => Promise<T>) {
  sent.length = 0;
  const result = await fn();
  return { result, statements: [...sent] };
}

describe("a member's sign-up", () => {
  it("takes two statements: the actor, then the sign-up", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 1 });
    const [first, second] = await createMemberActors(world, 2);

    const { result, statements } = await statementsOf(async () => {
      const actor = await loadActor(first!.userId, first!.active!.id);
      return signUpForActivity({ actor: actor!, input: { activityId: activity.id } });
    });
    expect(result.status).toBe("CONFIRMED");
    expect(statements).toHaveLength(2);

    const waitlisted = await statementsOf(async () => {
      const actor = await loadActor(second!.userId, second!.active!.id);
      return signUpForActivity({ actor: actor!, input: { activityId: activity.id } });
    });
    expect(waitlisted.result).toMatchObject({ status: "WAITLISTED", position: 1 });
    expect(waitlisted.statements).toHaveLength(2);
  });

  it("still refuses someone not verified in the community, and loads every grant in one statement", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 5 });
    const user = await createUser({
      grants: [
        { role: "MEMBER", organizationId: world.community.id },
        { role: "SECRETARY", organizationId: world.community.id },
      ],
    });
    await createMember({ communityId: world.community.id, userId: user.id, status: "PENDING" });
    const { result: actor, statements } = await statementsOf(() => loadActor(user.id));
    expect(statements).toHaveLength(1);
    expect(actor!.grants.map((g) => g.role).sort()).toEqual(["MEMBER", "SECRETARY"]);
    const asMember = { ...actor!, active: actor!.grants.find((g) => g.role === "MEMBER")! };
    await expect(signUpForActivity({ actor: asMember, input: { activityId: activity.id } })).rejects.toMatchObject({
      messageKey: "activities.notVerified",
    });
    expect(await loadActor("not-a-uuid")).toBeNull();
  });
});
