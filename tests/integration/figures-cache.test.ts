import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCommunityDashboard } from "@/lib/dashboards/get-community-dashboard";
import { getStreetDashboard } from "@/lib/dashboards/get-street-dashboard";
import { communitiesStamp, unitMembersStamp } from "@/lib/dashboards/figures-cache";
import { db } from "@/lib/db";
import { getNeedsFigures } from "@/lib/needs/get-needs-figures";
import { listTeamFigures } from "@/lib/teams/list-team-figures";
import { getUnitDashboard } from "@/lib/unit-portal/get-unit-dashboard";
import {
  categoryIdOf,
  createActivity,
  createCommunity,
  createGrid,
  createMember,
  createPledge,
  createRecord,
  createServiceItem,
  createSignup,
  createStreet,
  createTeam,
  createUser,
  createWorkUnit,
} from "@/prisma/factories";
import { createNeedClaimRow, createNeedRow } from "@/prisma/need-factories";
import { actorFor } from "../support/world";

// Decision 089: dashboards keep their computed figures while the figures stamp of their
// communities is unchanged. These tests prove that a repeated view is served from what was kept,
// that every kind of change the figures are computed from moves the stamp (in the writer's own
// transaction, by triggers), and that the next view then shows the change.

const bj = (local: string) => new Date(`${local}+08:00`);
const YEAR = 2025;
const NOW = bj("2025-06-15T12:00:00");

let w: Awaited<ReturnType<typeof createWorld>>;

async function createWorld() {
  const street = await createStreet();
  const A = await createCommunity({ streetId: street.id, name: "缓存甲社区" });
  const B = await createCommunity({ streetId: street.id, name: "缓存乙社区" });
  const grid = await createGrid({ community: A });
  const unit = await createWorkUnit({ streetId: street.id, name: "缓存医院" });
  const category = await categoryIdOf("ENVIRONMENT");
  const m1 = await createMember({ communityId: A.id, name: "甲一", status: "ACTIVE", employerUnitId: unit.id });
  const m2 = await createMember({ communityId: A.id, name: "甲二", status: "PENDING" });
  // lives in B, works for the unit, serves at A's activities
  const b1 = await createMember({ communityId: B.id, name: "乙一", status: "ACTIVE", employerUnitId: unit.id });
  const march = await createActivity({ communityId: A.id, startsAt: bj("2025-03-10T10:00:00"), categoryId: category, hours: 2 });
  await createRecord({ activity: march, memberId: m1.id, hours: 2 });
  const item = await createServiceItem({ communityId: A.id, year: YEAR, categoryId: category, title: "楼道清洁" });
  const secretary = await createUser({ grants: [{ role: "SECRETARY", organizationId: A.id }] });
  const admin = await createUser({ grants: [{ role: "ADMIN", organizationId: street.id }] });
  const unitAdmin = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] });
  return {
    street,
    A,
    B,
    grid,
    unit,
    category,
    m1,
    m2,
    b1,
    march,
    item,
    secretary: await actorFor(secretary.id),
    admin: await actorFor(admin.id),
    unitAdmin: await actorFor(unitAdmin.id),
  };
}

beforeAll(async () => {
  w = await createWorld();
});

const community = (actor: Actor = w.secretary, now = NOW) => getCommunityDashboard({ actor, input: { year: YEAR }, now });
const street = (now = NOW) => getStreetDashboard({ actor: w.admin, input: { year: YEAR }, now });
const unit = () => getUnitDashboard({ actor: w.unitAdmin, input: { year: YEAR } });
const stampA = () => communitiesStamp([w.A.id]);

/** Runs a write and says whether it moved community A's stamp. */
async function movesStampOfA(write: () => Promise<unknown>) {
  const before = await stampA();
  await write();
  return (await stampA()) !== before;
}

describe("figures kept between views", () => {
  it("serves a repeated view from the kept figures while nothing changed", async () => {
    expect(await community()).toBe(await community());
    expect(await unit()).toBe(await unit());
    expect(await listTeamFigures({ actor: w.secretary, input: { year: YEAR } })).toBe(
      await listTeamFigures({ actor: w.secretary, input: { year: YEAR } }),
    );
  });

  it("shows a new need and a claim in the needs figures of the community and the street", async () => {
    const year = new Date().getUTCFullYear();
    const figures = (actor: Actor) => getNeedsFigures({ actor, input: { year } });
    const before = await figures(w.secretary);
    expect(await figures(w.secretary)).toBe(before);
    const streetBefore = await figures(w.admin);
    const need = await createNeedRow({ community: w.A, status: "PUBLISHED", publishedAt: new Date() });
    const received = await figures(w.secretary);
    expect(received.total.received).toBe(before.total.received + 1);
    expect((await figures(w.admin)).total.received).toBe(streetBefore.total.received + 1);

    await createNeedClaimRow({ need, memberId: w.m1.id });
    await db().need.update({ where: { id: need.id }, data: { status: "CLAIMED", firstClaimedAt: new Date(), claimedCount: 1 } });
    expect((await figures(w.secretary)).total.claimed).toBe(received.total.claimed + 1);
  });

  it("shows a verification, a new record and a new pledge at the next view", async () => {
    const before = await community();
    await db().member.update({ where: { id: w.m2.id }, data: { status: "ACTIVE", verifiedAt: new Date() } });
    const verified = await community();
    expect(verified).not.toBe(before);
    expect(verified.headline.verified).toBe(before.headline.verified + 1);
    expect(verified.headline.neverServed).toBe(before.headline.neverServed + 1);

    await createRecord({ activity: w.march, memberId: w.m2.id, hours: 2 });
    const served = await community();
    expect(served.headline.active).toBe(verified.headline.active + 1);
    expect(served.headline.participations).toBe(verified.headline.participations + 1);

    await createPledge({ memberId: w.m2.id, item: w.item });
    expect((await community()).headline.pledgedNoSignup).toBe(served.headline.pledgedNoSignup + 1);
  });

  it("counts an activity as held once its start has passed, without any write", async () => {
    const start = bj("2025-07-01T09:00:00");
    await createActivity({ communityId: w.A.id, startsAt: start, categoryId: w.category });
    const beforeStart = await community(w.secretary, new Date(start.getTime() - 60_000));
    const afterStart = await community(w.secretary, new Date(start.getTime() + 60_000));
    expect(afterStart.headline.activities).toBe(beforeStart.headline.activities + 1);
    expect((await street(new Date(start.getTime() + 60_000))).headline.activities).toBe(afterStart.headline.activities);
  });

  it("moves a unit's figures when a member living elsewhere serves, and when a member joins the unit", async () => {
    const before = await unit();
    await createRecord({ activity: w.march, memberId: w.b1.id, hours: 2 });
    const served = await unit();
    expect(served.total.records).toBe(before.total.records + 1);

    const stamp = await unitMembersStamp(w.unit.id);
    await createMember({ communityId: w.B.id, name: "乙二", status: "ACTIVE", employerUnitId: w.unit.id });
    expect(await unitMembersStamp(w.unit.id)).not.toBe(stamp);
    expect((await unit()).counts.verified).toBe(served.counts.verified + 1);
  });
});

describe("what moves a community's figures stamp", () => {
  it("members added, changed, moved and removed", async () => {
    let m = await createMember({ communityId: w.A.id, name: "甲三", status: "PENDING" });
    expect(await movesStampOfA(async () => (m = await createMember({ communityId: w.A.id, name: "甲四" })))).toBe(true);
    expect(await movesStampOfA(() => db().member.update({ where: { id: m.id }, data: { gridId: w.grid.id } }))).toBe(true);
    const stampB = await communitiesStamp([w.B.id]);
    expect(
      await movesStampOfA(() => db().member.update({ where: { id: m.id }, data: { communityId: w.B.id, gridId: null } })),
    ).toBe(true);
    expect(await communitiesStamp([w.B.id])).not.toBe(stampB);
    const movedIn = await communitiesStamp([w.B.id]);
    await db().member.delete({ where: { id: m.id } });
    expect(await communitiesStamp([w.B.id])).not.toBe(movedIn);
  });

  it("activities published, moved or cancelled, but not a sign-up count", async () => {
    let a = await createActivity({ communityId: w.A.id, startsAt: bj("2025-08-01T09:00:00"), status: "DRAFT" });
    expect(
      await movesStampOfA(async () => (a = await createActivity({ communityId: w.A.id, startsAt: bj("2025-08-02T09:00:00") }))),
    ).toBe(true);
    expect(
      await movesStampOfA(() =>
        db().activity.update({
          where: { id: a.id },
          data: {
            startsAt: bj("2025-09-02T09:00:00"),
            endsAt: bj("2025-09-02T11:00:00"),
            signupDeadline: bj("2025-09-01T09:00:00"),
          },
        }),
      ),
    ).toBe(true);
    expect(await movesStampOfA(() => db().activity.update({ where: { id: a.id }, data: { status: "CANCELLED" } }))).toBe(true);
    expect(
      await movesStampOfA(() => db().activity.update({ where: { id: a.id }, data: { confirmedCount: { increment: 1 } } })),
    ).toBe(false);
    expect(await movesStampOfA(() => db().activity.update({ where: { id: a.id }, data: { title: "改个名字" } }))).toBe(false);
  });

  it("sign-ups made and cancelled, pledges made and withdrawn", async () => {
    const a = await createActivity({ communityId: w.A.id, startsAt: bj("2025-10-01T09:00:00") });
    let signupId = 0n;
    expect(
      await movesStampOfA(
        async () => (signupId = (await createSignup({ activityId: a.id, memberId: w.m1.id, status: "WAITLISTED" })).id),
      ),
    ).toBe(true);
    expect(
      await movesStampOfA(() =>
        db().signup.update({ where: { id: signupId }, data: { status: "CANCELLED", cancelledAt: new Date() } }),
      ),
    ).toBe(true);
    expect(await movesStampOfA(() => db().signup.update({ where: { id: signupId }, data: { queuedAt: new Date() } }))).toBe(
      false,
    );

    let pledgeId = "";
    expect(await movesStampOfA(async () => (pledgeId = (await createPledge({ memberId: w.m1.id, item: w.item })).id))).toBe(true);
    expect(await movesStampOfA(() => db().pledge.update({ where: { id: pledgeId }, data: { withdrawnAt: new Date() } }))).toBe(
      true,
    );
  });

  it("attendance confirmed, teams formed and joined", async () => {
    const a = await createActivity({ communityId: w.A.id, startsAt: bj("2025-04-01T09:00:00") });
    expect(await movesStampOfA(() => createRecord({ activity: a, memberId: w.m1.id, hours: 1 }))).toBe(true);
    // a check-in is not yet a confirmed record: no summary row, no move
    expect(await movesStampOfA(() => createRecord({ activity: a, memberId: w.m2.id, status: "CHECKED_IN" }))).toBe(false);

    let teamId = "";
    expect(
      await movesStampOfA(async () => (teamId = (await createTeam({ communityId: w.A.id, leaderMemberId: w.m1.id })).id)),
    ).toBe(true);
    expect(
      await movesStampOfA(() =>
        db().teamMembership.create({ data: { teamId, memberId: w.m2.id, communityId: w.A.id, status: "MEMBER", isCore: false } }),
      ),
    ).toBe(true);
  });
});
