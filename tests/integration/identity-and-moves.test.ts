import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { checkMemberCard } from "@/lib/identity/check-member-card";
import { getBuildingNotice } from "@/lib/identity/get-building-notice";
import { getOwnCard } from "@/lib/identity/get-own-card";
import { renderBadgesPdf } from "@/lib/identity/identity-pdf";
import { listBadges } from "@/lib/identity/list-badges";
import { listPlaques } from "@/lib/identity/list-plaques";
import { rotateCheckToken } from "@/lib/identity/rotate-check-token";
import { getMemberFile } from "@/lib/members/get-member-file";
import { updateOwnProfileSchema } from "@/lib/members/schema";
import { serviceRecordOf } from "@/lib/members/service-record";
import { updateOwnProfile } from "@/lib/members/update-own-profile";
import { pointsBalance } from "@/lib/points/ledger";
import { confirmReReport } from "@/lib/re-report/confirm-re-report";
import { getOwnReReport } from "@/lib/re-report/get-own-re-report";
import { getReReportOverview } from "@/lib/re-report/get-re-report-overview";
import { openReReportWindow } from "@/lib/re-report/open-re-report-window";
import { remindReReport } from "@/lib/re-report/remind-re-report";
import { reReportStatuses } from "@/lib/re-report/re-report-statuses";
import { listRoster } from "@/lib/roster/list-roster";
import { parseRosterFilter } from "@/lib/roster/roster-filter";
import { decideTransfer } from "@/lib/transfers/decide-transfer";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { previousServiceRecords } from "@/lib/transfers/previous-entries";
import { localMidnight } from "@/lib/time";
import {
  createActivity,
  createLetter,
  createMemberWithAccount,
  createRecord,
  createTeam,
  createUser,
  createWorkUnit,
  uniquePhone,
} from "@/prisma/factories";
import { qrFromPdf } from "../support/qr-codes";
import { actorFor, createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

async function memberIn(world: World, options: { name?: string; withAccount?: boolean } = {}) {
  const { member, userId } = await createMemberWithAccount({
    communityId: world.community.id,
    gridId: world.grid.id,
    buildingId: world.building.id,
    name: options.name,
    withAccount: options.withAccount,
  });
  return { member, userId, actor: userId ? await actorFor(userId, "MEMBER") : null };
}

const MS_DAY = 24 * 60 * 60 * 1000;
const filterAll = parseRosterFilter({});

describe("member card and public check", () => {
  it("shows a verified member's card; the check page says valid with the surname only; rotating kills the old code", async () => {
    const world = await createStreetWorld();
    const { member, actor } = await memberIn(world, { name: "张伟" });
    const card = await getOwnCard({ actor: actor! });
    expect(card).toMatchObject({ name: "张伟", community: { name: world.community.name } });
    expect(card!.checkToken).toMatch(/^[0-9a-f]{32}$/);

    const checked = await checkMemberCard(card!.checkToken);
    expect(checked).toEqual({ maskedName: "张*", community: world.community.name, validity: "valid" });
    expect(JSON.stringify(checked)).not.toContain(member.phone);

    await rotateCheckToken({ actor: actor! });
    expect(await checkMemberCard(card!.checkToken)).toBeNull();
    const rotated = await db().member.findUniqueOrThrow({ where: { id: member.id } });
    expect(rotated.checkToken).not.toBe(card!.checkToken);
    expect((await checkMemberCard(rotated.checkToken))?.validity).toBe("valid");
    // malformed codes are never looked up
    expect(await checkMemberCard("../../etc")).toBeNull();
  });

  it("names the volunteer teams the member serves in, not those applied to or left", async () => {
    const world = await createStreetWorld();
    const { member, actor } = await memberIn(world, { name: "李娜" });
    expect((await getOwnCard({ actor: actor! }))?.teams).toEqual([]);
    await createTeam({ communityId: world.community.id, leaderMemberId: member.id, name: "平安巡逻队" });
    const other = await memberIn(world, { name: "王强" });
    const applied = await createTeam({ communityId: world.community.id, leaderMemberId: other.member.id, name: "四点半课堂" });
    await db().teamMembership.create({ data: { teamId: applied.id, memberId: member.id, communityId: world.community.id } });
    expect((await getOwnCard({ actor: actor! }))?.teams).toEqual(["平安巡逻队"]);
  });

  it("says not valid for a disabled account", async () => {
    const world = await createStreetWorld();
    const { member, userId } = await memberIn(world, { name: "李娜" });
    await db().user.update({ where: { id: userId! }, data: { disabledAt: new Date() } });
    expect((await checkMemberCard(member.checkToken))?.validity).toBe("disabled");
  });

  it("a building's notice names its leader and center household by surname only, never a phone", async () => {
    const world = await createStreetWorld();
    const leader = await memberIn(world, { name: "王建国" });
    const household = await memberIn(world, { name: "赵敏" });
    await db().member.update({ where: { id: leader.member.id }, data: { isBuildingLeader: true } });
    await db().member.update({ where: { id: household.member.id }, data: { isCenterHousehold: true } });
    const building = await db().organization.findUniqueOrThrow({ where: { id: world.building.id } });
    const notice = await getBuildingNotice(building.noticeToken);
    expect(notice).toMatchObject({ community: world.community.name, leaders: ["王**"], centerHouseholds: ["赵*"] });
    expect(JSON.stringify(notice)).not.toContain(leader.member.phone);
    // the building's open needs: kind, category and state, never what the resident wrote or who they are
    const categoryId = (await db().serviceCategory.findFirstOrThrow({ where: { communityId: null } })).id;
    const need = (status: "PUBLISHED" | "SUBMITTED", content: string) =>
      db().need.create({
        data: {
          communityId: world.community.id,
          streetId: world.street.id,
          buildingId: world.building.id,
          kind: "WISH",
          categoryId,
          content,
          residentName: "居民甲",
          residentPhone: "13800001111",
          consentVersion: "2026-12",
          consentAt: new Date(),
          source: "RESIDENT",
          trackingHash: `${Date.now()}${Math.random()}`,
          status,
        },
      });
    await need("PUBLISHED", "帮我换灯泡");
    await need("SUBMITTED", "还没审核的需求");
    const withNeeds = await getBuildingNotice(building.noticeToken);
    expect(withNeeds?.openNeeds).toEqual([expect.objectContaining({ kind: "WISH", status: "PUBLISHED" })]);
    expect(JSON.stringify(withNeeds)).not.toMatch(/帮我换灯泡|居民甲|13800001111/);
    const plaques = await listPlaques({ actor: world.secretary });
    expect(plaques.plaques).toEqual([expect.objectContaining({ household: "赵敏", noticeToken: building.noticeToken })]);
    // a community's plaques list is its own
    const other = await createStreetWorld();
    expect((await listPlaques({ actor: other.secretary })).plaques).toEqual([]);
  });

  it("badges: ticked members of the own community only, or all verified under the filter; 2,000 in one PDF", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const mine = await memberIn(world, { name: "孙丽" });
    const theirs = await memberIn(other, { name: "周杰" });
    const ticked = await listBadges({
      actor: world.secretary,
      input: { ids: [mine.member.id, theirs.member.id], filter: filterAll },
    });
    expect(ticked.members.map((m) => m.name)).toEqual(["孙丽"]);

    await db().member.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        communityId: world.community.id,
        gridId: world.grid.id,
        buildingId: world.building.id,
        name: `批量党员${i}`,
        phone: uniquePhone(),
        status: "ACTIVE" as const,
        verifiedAt: new Date(),
      })),
    });
    await db().member.create({
      data: { communityId: world.community.id, name: "待审核者", phone: uniquePhone(), status: "PENDING" },
    });
    const all = await listBadges({ actor: world.secretary, input: { ids: [], filter: filterAll } });
    expect(all.members).toHaveLength(2001);
    expect(all.members.some((m) => m.name === "待审核者")).toBe(false);
    const started = Date.now();
    const pdf = await renderBadgesPdf(
      all.members.map((m) => ({
        name: m.name,
        community: m.community.name,
        place: "",
        badgeNumber: null,
        checkUrl: `http://localhost/check/${m.checkToken}`,
      })),
      world.community.name,
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`badges PDF: 2,001 badges, ${pdf.length} bytes, ${seconds.toFixed(1)} s`);
    const text = pdf.toString("latin1");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(text).toContain("NotoSerifSC");
    // the first badge's QR code reads back as its check address
    expect(qrFromPdf(pdf)).toBe(`http://localhost/check/${all.members[0].checkToken}`);
    // eight badges a page
    expect(text.match(/\/Type \/Page\b/g)?.length).toBe(Math.ceil(2001 / 8));
    expect(seconds).toBeLessThan(120);
  });
});

describe("re-report", () => {
  it("status at the window's edges, in Beijing time", async () => {
    const world = await createStreetWorld();
    const { member, actor } = await memberIn(world);
    const late = await memberIn(world);
    // opened "yesterday" in Beijing days, from the test's point of view `now`
    const now = localMidnight(2027, 2, 1); // 2027-03-01 00:00 Beijing = 2027-02-28 16:00 UTC
    await openReReportWindow({ actor: world.secretary, input: { firstDay: "2027-03-01", lastDay: "2027-03-31" }, now });
    const window = await db().reReportWindow.findFirstOrThrow({ where: { communityId: world.community.id } });
    expect(window.opensAt.toISOString()).toBe("2027-02-28T16:00:00.000Z");
    expect(window.closesAt.toISOString()).toBe("2027-03-31T16:00:00.000Z");

    const statusAt = async (at: Date) => (await reReportStatuses([member, late.member], at)).get(member.id);
    expect(await statusAt(new Date(window.opensAt.getTime() - 1))).toBe("upcoming");
    expect(await statusAt(window.opensAt)).toBe("due");
    expect(await statusAt(new Date(window.closesAt.getTime() - 1))).toBe("due");
    expect(await statusAt(window.closesAt)).toBe("overdue");

    // confirming before it opens is refused; in its last millisecond it counts
    await expect(confirmReReport({ actor: actor!, now: new Date(window.opensAt.getTime() - 1) })).rejects.toThrow(
      UserFacingError,
    );
    await confirmReReport({ actor: actor!, now: new Date(window.closesAt.getTime() - 1) });
    await confirmReReport({ actor: actor!, now: new Date(window.closesAt.getTime() - 1) }); // a second tap changes nothing
    expect(await db().reReport.count({ where: { memberId: member.id } })).toBe(1);
    const after = await reReportStatuses([member, late.member], window.closesAt);
    expect(after.get(member.id)).toBe("confirmed");
    expect(after.get(late.member.id)).toBe("overdue");
    expect((await getOwnReReport({ actor: late.actor!, now: window.closesAt }))?.status).toBe("overdue");

    // the secretary's overview after the window: one confirmed, one listed
    const overview = await getReReportOverview({ actor: world.secretary, now: window.closesAt });
    expect(overview.counts).toEqual({ total: 2, confirmed: 1, edited: 0, missing: 1 });
    expect(overview.missing?.map((m) => m.id)).toEqual([late.member.id]);

    // a late confirmation still counts
    await confirmReReport({ actor: late.actor!, now: new Date(window.closesAt.getTime() + MS_DAY) });
    expect((await reReportStatuses([late.member], new Date(window.closesAt.getTime() + MS_DAY))).get(late.member.id)).toBe(
      "confirmed",
    );
  });

  it("windows cover whole days, are not in the past and never overlap", async () => {
    const world = await createStreetWorld();
    const now = new Date("2027-05-10T04:00:00Z");
    const open = (firstDay: string, lastDay: string) =>
      openReReportWindow({ actor: world.secretary, input: { firstDay, lastDay }, now });
    await expect(open("2027-05-01", "2027-05-09")).rejects.toMatchObject({ fieldErrors: { lastDay: "reReport.inPast" } });
    await expect(open("2027-05-20", "2027-05-19")).rejects.toMatchObject({ fieldErrors: { lastDay: "reReport.badDays" } });
    await expect(open("2027-02-30", "2027-05-19")).rejects.toThrow(UserFacingError);
    await open("2027-05-01", "2027-05-10"); // its last day is today: allowed
    await expect(open("2027-05-10", "2027-05-20")).rejects.toMatchObject({ fieldErrors: { firstDay: "reReport.overlaps" } });
    await open("2027-05-11", "2027-05-20");
    // a member cannot open one
    const { actor } = await memberIn(world);
    await expect(
      openReReportWindow({ actor: actor!, input: { firstDay: "2027-06-01", lastDay: "2027-06-02" }, now }),
    ).rejects.toThrow();
  });

  it("editing the entry during a window counts as re-reporting; reminders reach only those who did not, once a day", async () => {
    const world = await createStreetWorld();
    const now = new Date();
    const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const inAWeek = new Date(now.getTime() + 7 * MS_DAY + 8 * 3600_000).toISOString().slice(0, 10);
    await openReReportWindow({ actor: world.secretary, input: { firstDay: today, lastDay: inAWeek } });
    const editor = await memberIn(world);
    const silent = await memberIn(world);
    const noAccount = await memberIn(world, { withAccount: false });
    const input = updateOwnProfileSchema.parse({
      memberId: editor.member.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
      room: "101",
      kind: "RETIRED",
      availability: ["WEEKEND"],
    });
    await updateOwnProfile({ actor: editor.actor!, input });
    expect(await db().reReport.findFirst({ where: { memberId: editor.member.id } })).toMatchObject({ how: "EDITED" });

    const window = await db().reReportWindow.findFirstOrThrow({ where: { communityId: world.community.id } });
    const first = await remindReReport({ actor: world.secretary, input: { windowId: window.id } });
    expect(first).toEqual({ listed: 2, sent: 1 }); // the one without an account is listed, not notified
    expect(await db().notification.count({ where: { userId: silent.userId!, kind: "reReportReminder" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: editor.userId!, kind: "reReportReminder" } })).toBe(0);
    expect((await remindReReport({ actor: world.secretary, input: { windowId: window.id } })).sent).toBe(0);
    expect(noAccount.member.userId).toBeNull();
    // another community's secretary cannot remind through this window
    const other = await createStreetWorld();
    await expect(remindReReport({ actor: other.secretary, input: { windowId: window.id } })).rejects.toThrow(NotFoundError);
  });

  it("a member who changes employer goes back to verification with the link reset to a suggestion", async () => {
    const world = await createStreetWorld();
    const oldUnit = await createWorkUnit({ streetId: world.street.id, name: `旧单位${Date.now()}` });
    const newUnit = await createWorkUnit({ streetId: world.street.id, name: `新单位${Date.now()}` });
    const { member, userId } = await createMemberWithAccount({
      communityId: world.community.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
      employerUnitId: oldUnit.id,
    });
    const actor = await actorFor(userId!, "MEMBER");
    const input = updateOwnProfileSchema.parse({
      memberId: member.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
      room: "101",
      kind: "IN_SERVICE",
      employerName: newUnit.name,
      availability: ["WEEKEND"],
    });
    expect((await updateOwnProfile({ actor, input })).needsVerification).toBe(true);
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: "PENDING",
      employerUnitId: null,
      employerLinkedAt: null,
      suggestedUnitId: newUnit.id,
    });
  });
});

describe("transfer between communities", () => {
  it("keeps every ledger entry and record, the old community reads the past only, the balance is unchanged", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    const { member, userId, actor } = await memberIn(a, { name: "钱进" });
    // history in A: two services with points, an adjustment, a rating, a letter
    const records = [];
    for (const [i, points] of [10, 15].entries()) {
      const activity = await createActivity({
        communityId: a.community.id,
        startsAt: new Date(Date.now() - (i + 2) * MS_DAY),
        points,
      });
      const record = await createRecord({ activity, memberId: member.id, points, hours: 2 });
      records.push(record);
      await db().pointsEntry.create({
        data: {
          memberId: member.id,
          communityId: a.community.id,
          kind: "EARN",
          amount: points,
          recordId: record.id,
          activityId: activity.id,
        },
      });
    }
    await db().pointsEntry.create({
      data: { memberId: member.id, communityId: a.community.id, kind: "ADJUST", amount: -5, reason: "更正" },
    });
    const round = await db().starRatingRound.create({
      data: { communityId: a.community.id, year: 2026, status: "FINAL", thresholds: [10, 20, 40, 60, 80] },
    });
    await db().starRating.create({
      data: { roundId: round.id, memberId: member.id, communityId: a.community.id, year: 2026, points: 25, score: 25, stars: 2 },
    });
    const letter = await createLetter({ communityId: a.community.id, memberId: member.id, year: 2026 });
    const ledgerBefore = await db().pointsEntry.findMany({ where: { memberId: member.id }, orderBy: { id: "asc" } });
    const balanceBefore = await pointsBalance(member.id);
    expect(balanceBefore).toBe(20);

    // the member asks; B's secretary accepts; A's cannot decide B's request
    const request = await requestTransfer({
      actor: actor!,
      input: { toCommunityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, room: "1201" },
    });
    await expect(
      requestTransfer({
        actor: actor!,
        input: { toCommunityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, room: "1201" },
      }),
    ).rejects.toThrow(UserFacingError);
    expect(await db().notification.count({ where: { kind: "transferRequested", userId: b.secretary.userId } })).toBe(1);
    await expect(decideTransfer({ actor: a.secretary, input: { id: request.id, decision: "accept" } })).rejects.toThrow(
      NotFoundError,
    );
    const { newMemberId } = await decideTransfer({ actor: b.secretary, input: { id: request.id, decision: "accept" } });
    expect(newMemberId).toBeTruthy();

    // old entry closed, new entry open in B, linked
    const old = await db().member.findUniqueOrThrow({ where: { id: member.id } });
    const next = await db().member.findUniqueOrThrow({ where: { id: newMemberId! } });
    expect(old).toMatchObject({ status: "MOVED_OUT", communityId: a.community.id });
    expect(old.movedOutAt).not.toBeNull();
    expect(next).toMatchObject({
      status: "ACTIVE",
      communityId: b.community.id,
      buildingId: b.building.id,
      room: "1201",
      previousMemberId: member.id,
      userId,
    });

    // every ledger entry kept as it was, two appended; the balance moved whole
    const ledgerAfter = await db().pointsEntry.findMany({ where: { memberId: member.id }, orderBy: { id: "asc" } });
    expect(ledgerAfter.slice(0, ledgerBefore.length)).toEqual(ledgerBefore);
    expect(ledgerAfter.slice(ledgerBefore.length)).toEqual([
      expect.objectContaining({ kind: "TRANSFER_OUT", amount: -20, communityId: a.community.id }),
    ]);
    expect(await db().pointsEntry.findMany({ where: { memberId: next.id } })).toEqual([
      expect.objectContaining({ kind: "TRANSFER_IN", amount: 20, communityId: b.community.id }),
    ]);
    expect(await pointsBalance(next.id)).toBe(balanceBefore);
    expect((await pointsBalance(member.id)) + (await pointsBalance(next.id))).toBe(balanceBefore);

    // records, ratings and letters stay on the old entry, in A
    expect(await db().activityRecord.count({ where: { memberId: member.id, communityId: a.community.id } })).toBe(2);
    expect(await db().starRating.count({ where: { memberId: member.id, communityId: a.community.id } })).toBe(1);
    expect(await db().thankYouLetter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ memberId: member.id });

    // A reads its past: the old file and its record as of its time; not the new entry
    const oldFile = await getMemberFile({ actor: a.secretary, input: { id: member.id } });
    expect(oldFile.member.status).toBe("MOVED_OUT");
    const pastInA = await serviceRecordOf(member.id, a.community.id);
    expect(pastInA.totals.activities).toBe(2);
    expect(pastInA.ledger).toHaveLength(4);
    await expect(getMemberFile({ actor: a.secretary, input: { id: next.id } })).rejects.toThrow(NotFoundError);
    expect((await listRoster({ actor: a.secretary, input: { filter: filterAll } })).rows.map((r) => r.id)).not.toContain(next.id);
    // B sees the new entry and, read-only, the history from A
    expect((await listRoster({ actor: b.secretary, input: { filter: filterAll } })).rows.map((r) => r.id)).toContain(next.id);
    const previous = await previousServiceRecords(next.id);
    expect(previous).toEqual([expect.objectContaining({ id: member.id, communityName: a.community.name })]);
    expect(previous[0].record.totals.activities).toBe(2);
    // nothing leads forward from the old entry
    expect(await previousServiceRecords(member.id)).toEqual([]);

    // the role moved; the old card is not valid, the new one is
    const grants = await db().roleGrant.findMany({ where: { userId: userId!, role: "MEMBER" } });
    expect(grants.map((g) => g.organizationId)).toEqual([b.community.id]);
    expect((await checkMemberCard(old.checkToken))?.validity).toBe("movedOut");
    expect(await checkMemberCard(next.checkToken)).toMatchObject({ validity: "valid", community: b.community.name });
    const movedActor = await actorFor(userId!, "MEMBER");
    expect((await getOwnCard({ actor: movedActor }))?.community.name).toBe(b.community.name);
  });

  it("declining needs a reason and changes nothing; a request for one's own community or an unknown building is refused", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    const { member, actor } = await memberIn(a);
    await expect(
      requestTransfer({
        actor: actor!,
        input: { toCommunityId: a.community.id, gridId: a.grid.id, buildingId: a.building.id, room: "1" },
      }),
    ).rejects.toMatchObject({ fieldErrors: { toCommunityId: "transfers.sameCommunity" } });
    await expect(
      requestTransfer({
        actor: actor!,
        input: { toCommunityId: b.community.id, gridId: a.grid.id, buildingId: a.building.id, room: "1" },
      }),
    ).rejects.toThrow(UserFacingError);
    const request = await requestTransfer({
      actor: actor!,
      input: { toCommunityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, room: "1" },
    });
    await decideTransfer({ actor: b.secretary, input: { id: request.id, decision: "decline", reason: "地址不在本社区" } });
    expect(await db().transferRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "地址不在本社区",
      newMemberId: null,
    });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db().member.count({ where: { communityId: b.community.id } })).toBe(0);
    // a decided request cannot be decided again
    await expect(decideTransfer({ actor: b.secretary, input: { id: request.id, decision: "accept" } })).rejects.toThrow(
      NotFoundError,
    );
    // someone else's account cannot ask on the member's behalf: the request is always for the actor's own entry
    const stranger = await createUser({ grants: [{ role: "MEMBER", organizationId: a.community.id }] });
    await expect(
      requestTransfer({
        actor: await actorFor(stranger.id),
        input: { toCommunityId: b.community.id, gridId: b.grid.id, buildingId: b.building.id, room: "1" },
      }),
    ).rejects.toThrow();
  });
});
