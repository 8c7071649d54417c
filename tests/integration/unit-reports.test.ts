import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction } from "@/lib/actions/execute";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { decideUnitReport } from "@/lib/unit-portal/decide-unit-report";
import { listCoBuildingUnits } from "@/lib/unit-portal/list-co-building-units";
import { listReportableCommunities } from "@/lib/unit-portal/list-reportable-communities";
import { listUnitReportsForCommunity } from "@/lib/unit-portal/list-unit-reports-for-community";
import { listUnitReportsOfUnit } from "@/lib/unit-portal/list-unit-reports-of-unit";
import { registerUnit } from "@/lib/unit-portal/register-unit";
import {
  declineUnitReportSchema,
  registerUnitSchema,
  submitUnitReportSchema,
  type RegisterUnitInput,
} from "@/lib/unit-portal/schema";
import { submitUnitReport } from "@/lib/unit-portal/submit-unit-report";
import { createCommunity, createStreet, createUser, createWorkUnit, uniquePhone } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

// the same definitions as the server actions in app/(unit)/unit/reports and app/(community)/community/units
const submitAction = {
  permission: "unitReports.submit" as const,
  schema: submitUnitReportSchema,
  run: ({ actor, input }: { actor: Actor; input: z.infer<typeof submitUnitReportSchema> }) => submitUnitReport({ actor, input }),
};
const declineAction = {
  permission: "unitReports.decide" as const,
  schema: declineUnitReportSchema,
  run: ({ actor, input }: { actor: Actor; input: z.infer<typeof declineUnitReportSchema> }) =>
    decideUnitReport({ actor, input: { id: input.id, decision: { kind: "DECLINE", reason: input.reason } } }),
};

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

function offer(communityId: string, extra: Record<string, string> = {}) {
  return submitUnitReportSchema.parse({
    communityId,
    offerVenues: "党员活动室 1 间，周末可用",
    offerSkills: "法律咨询、义诊",
    contactName: "王主任",
    contactPhone: "0512-66668888",
    ...extra,
  });
}

async function unitWithAdmin(streetId: string, name?: string) {
  const unit = await createWorkUnit({ streetId, name, contactName: "王主任", contactPhone: "13812340000" });
  const user = await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] });
  return { unit, admin: await actorFor(user.id) };
}

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

function auditOf(entityId: string) {
  return db().auditEvent.findMany({ where: { entityType: "UnitReport", entityId }, orderBy: { id: "asc" } });
}

describe("a unit reports to a community", () => {
  it("shows the report to that community's secretary only, and to the unit", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    const { unit, admin } = await unitWithAdmin(a.street.id);

    const { id } = await submitUnitReport({ actor: admin, input: offer(a.community.id) });

    const forA = await listUnitReportsForCommunity({ actor: a.secretary });
    expect(forA.pending.map((r) => r.id)).toEqual([id]);
    expect(forA.pending[0]).toMatchObject({
      offerVenues: "党员活动室 1 间，周末可用",
      offerSkills: ["法律咨询", "义诊"],
      contactPhone: "0512-66668888",
      unit: { id: unit.id, name: unit.name },
    });
    expect((await listUnitReportsForCommunity({ actor: b.secretary })).pending).toEqual([]);
    expect((await listCoBuildingUnits({ actor: b.secretary })).counts.pending).toBe(0);

    const own = await listUnitReportsOfUnit({ actor: admin });
    expect(own.reports).toEqual([
      expect.objectContaining({ id, status: "PENDING", community: expect.objectContaining({ id: a.community.id }) }),
    ]);
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ action: "unitReport.submit", scopeOrgId: a.community.id, actorId: admin.userId }),
    ]);
  });

  it("takes the unit from the session, never from the form", async () => {
    const { street, community } = await createStreetWorld();
    const mine = await unitWithAdmin(street.id);
    const other = await unitWithAdmin(street.id);
    const result = await executeAction(
      submitAction,
      mine.admin,
      form({
        unitId: other.unit.id,
        communityId: community.id,
        offerPeople: "10 名志愿者",
        contactName: "李四",
        contactPhone: "13812345678",
      }),
    );
    expect(result.ok).toBe(true);
    expect(await db().unitReport.count({ where: { unitId: other.unit.id } })).toBe(0);
    expect(await db().unitReport.count({ where: { unitId: mine.unit.id, communityId: community.id } })).toBe(1);
  });

  it("lets a unit admin see and change only their own unit's reports", async () => {
    const { street, community, secretary } = await createStreetWorld();
    const mine = await unitWithAdmin(street.id);
    const other = await unitWithAdmin(street.id);
    const { id: otherReport } = await submitUnitReport({ actor: other.admin, input: offer(community.id) });

    expect((await listUnitReportsOfUnit({ actor: mine.admin })).reports).toEqual([]);
    // a unit admin cannot decide, not even on a report they can guess
    await expect(
      decideUnitReport({ actor: mine.admin, input: { id: otherReport, decision: { kind: "ACCEPT" } } }),
    ).rejects.toThrow(ForbiddenError);
    // and a secretary cannot report in a unit's name
    await expect(submitUnitReport({ actor: secretary, input: offer(community.id) })).rejects.toThrow(ForbiddenError);
    expect(await executeAction(submitAction, secretary, form({ communityId: community.id }))).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect((await db().unitReport.findUniqueOrThrow({ where: { id: otherReport } })).status).toBe("PENDING");
  });

  it("refuses a second report to the same community while pending or accepted", async () => {
    const { street, community, secretary } = await createStreetWorld();
    const { admin } = await unitWithAdmin(street.id);
    const { id } = await submitUnitReport({ actor: admin, input: offer(community.id) });

    const pending = await rejection(submitUnitReport({ actor: admin, input: offer(community.id, { offerFunds: "2 万元" }) }));
    expect(pending.fieldErrors).toEqual({ communityId: "unitReports.alreadyPending" });

    await decideUnitReport({ actor: secretary, input: { id, decision: { kind: "ACCEPT" } } });
    const accepted = await rejection(submitUnitReport({ actor: admin, input: offer(community.id) }));
    expect(accepted.fieldErrors).toEqual({ communityId: "unitReports.alreadyAccepted" });

    const stored = await db().unitReport.findMany({ where: { communityId: community.id } });
    expect(stored).toEqual([expect.objectContaining({ id, status: "ACCEPTED", offerFunds: null })]);
  });

  it("lets exactly one of two simultaneous submissions through", async () => {
    const { street, community } = await createStreetWorld();
    const { admin } = await unitWithAdmin(street.id);
    const results = await Promise.allSettled([
      submitUnitReport({ actor: admin, input: offer(community.id) }),
      submitUnitReport({ actor: admin, input: offer(community.id) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(UserFacingError);
    expect(await db().unitReport.count({ where: { communityId: community.id } })).toBe(1);
  });

  it("refuses an archived community, with a message key", async () => {
    const { street, community } = await createStreetWorld();
    await db().organization.update({ where: { id: community.id }, data: { archivedAt: new Date() } });
    const { admin } = await unitWithAdmin(street.id);
    const error = await rejection(submitUnitReport({ actor: admin, input: offer(community.id) }));
    expect(error.fieldErrors).toEqual({ communityId: "unitReports.communityUnavailable" });
  });
});

describe("the secretary decides", () => {
  it("accepts: the unit joins the co-building list with its full contact, and the decision is audited", async () => {
    const { street, community, secretary } = await createStreetWorld();
    const { unit, admin } = await unitWithAdmin(street.id);
    const { id } = await submitUnitReport({ actor: admin, input: offer(community.id, { contactPhone: "13812345678" }) });

    expect(await decideUnitReport({ actor: secretary, input: { id, decision: { kind: "ACCEPT" } } })).toEqual({
      id,
      status: "ACCEPTED",
    });

    const list = await listCoBuildingUnits({ actor: secretary });
    expect(list.units).toEqual([
      expect.objectContaining({ id, contactPhone: "13812345678", unit: expect.objectContaining({ id: unit.id }) }),
    ]);
    expect(list.counts).toMatchObject({ accepted: 1, pending: 0, declined: 0, offeringVenues: 1, offeringFunds: 0 });
    expect((await listUnitReportsForCommunity({ actor: secretary })).pending).toEqual([]);

    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["unitReport.submit", "unitReport.accept"]);
    expect(events[1]).toMatchObject({
      actorId: secretary.userId,
      scopeOrgId: community.id,
      before: { status: "PENDING" },
      after: { status: "ACCEPTED" },
    });
    const stored = await db().unitReport.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ decidedById: secretary.userId, declineReason: null });
    expect(stored.decidedAt).toBeInstanceOf(Date);
  });

  it("declines only with a reason, which the unit sees; the unit can resubmit", async () => {
    const { street, community, secretary } = await createStreetWorld();
    const { admin } = await unitWithAdmin(street.id);
    const { id } = await submitUnitReport({ actor: admin, input: offer(community.id) });

    const noReason = await executeAction(declineAction, secretary, form({ id, reason: "   " }));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: "unitReports.reasonRequired" } });
    const direct = await rejection(
      decideUnitReport({ actor: secretary, input: { id, decision: { kind: "DECLINE", reason: " " } } }),
    );
    expect(direct.fieldErrors).toEqual({ reason: "unitReports.reasonRequired" });
    expect((await db().unitReport.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");

    expect(await executeAction(declineAction, secretary, form({ id, reason: "本社区暂不需要场地" }))).toMatchObject({ ok: true });
    expect((await listUnitReportsOfUnit({ actor: admin })).reports[0]).toMatchObject({
      status: "DECLINED",
      declineReason: "本社区暂不需要场地",
    });
    expect((await listUnitReportsForCommunity({ actor: secretary })).declined.map((r) => r.id)).toEqual([id]);
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "unitReport.decline",
      scopeOrgId: community.id,
      before: { status: "PENDING" },
      after: { status: "DECLINED", declineReason: "本社区暂不需要场地" },
    });

    // deciding again is refused
    const again = await rejection(decideUnitReport({ actor: secretary, input: { id, decision: { kind: "ACCEPT" } } }));
    expect(again.messageKey).toBe("unitReports.alreadyDecided");

    // resubmission: the same row, back to PENDING, the new offer, the old decision cleared
    const resubmitted = await submitUnitReport({
      actor: admin,
      input: offer(community.id, { offerVenues: "", offerPeople: "每月 10 名志愿者" }),
    });
    expect(resubmitted).toEqual({ id, resubmitted: true });
    const stored = await db().unitReport.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      status: "PENDING",
      offerVenues: null,
      offerPeople: "每月 10 名志愿者",
      declineReason: null,
      decidedAt: null,
      decidedById: null,
    });
    expect((await listUnitReportsForCommunity({ actor: secretary })).pending.map((r) => r.id)).toEqual([id]);
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "unitReport.resubmit",
      before: { status: "DECLINED", declineReason: "本社区暂不需要场地" },
      after: { status: "PENDING" },
    });
  });

  it("a secretary of community B gets not found for community A's report, even with its id", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    const { admin } = await unitWithAdmin(a.street.id);
    const { id } = await submitUnitReport({ actor: admin, input: offer(a.community.id) });

    await expect(decideUnitReport({ actor: b.secretary, input: { id, decision: { kind: "ACCEPT" } } })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      decideUnitReport({ actor: b.secretary, input: { id, decision: { kind: "DECLINE", reason: "x" } } }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      decideUnitReport({ actor: b.secretary, input: { id: "not-a-uuid", decision: { kind: "ACCEPT" } } }),
    ).rejects.toThrow(NotFoundError);
    expect(await executeAction(declineAction, b.secretary, form({ id, reason: "猜的" }))).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });

    expect((await db().unitReport.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["unitReport.submit"]);
    expect((await listCoBuildingUnits({ actor: b.secretary })).units).toEqual([]);
  });
});

describe("validation errors are message keys", () => {
  it("for a report", async () => {
    const { street } = await createStreetWorld();
    const { admin } = await unitWithAdmin(street.id);
    const result = await executeAction(
      submitAction,
      admin,
      form({ communityId: "", contactName: "", contactPhone: "12345", offerSkills: "x".repeat(21) }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "errors.checkForm",
      fieldErrors: {
        communityId: "unitReports.chooseCommunity",
        contactName: "validation.required",
        contactPhone: "validation.contactPhone",
        offerSkills: "unitReports.skillTooLong",
      },
      values: { contactPhone: "12345" },
    });
    const nothingOffered = await executeAction(
      submitAction,
      admin,
      form({ communityId: street.id, contactName: "张三", contactPhone: "13812345678", offerVenues: "  " }),
    );
    expect(nothingOffered.fieldErrors).toEqual({ offers: "unitReports.offerRequired" });
  });
});

describe("a new unit registers itself", () => {
  async function twoStreets() {
    const first = await createStreetWorld();
    const otherStreet = await createStreet();
    const far = await createCommunity({ streetId: otherStreet.id });
    return { ...first, otherStreet, far };
  }

  function registration(extra: Partial<Record<string, string | string[]>> = {}): RegisterUnitInput {
    return registerUnitSchema.parse({
      name: `东湖科技${uniquePhone()}有限公司`,
      partyBranchName: "东湖科技党支部",
      address: "东湖路 88 号",
      contactName: "赵敏",
      phone: uniquePhone(),
      password: "Unit@2026pass",
      offerPeople: "每月 10 名志愿者",
      offerSkills: "电脑维修",
      ...extra,
    });
  }

  it("creates the unit, the account, the UNIT_ADMIN grant and a pending report per community, audited", async () => {
    const world = await twoStreets();
    const input = registration({ communityIds: [world.far.id, world.community.id], creditCode: "91330106ma2h0abc1x" });
    const result = await registerUnit({ input, clientAddress: "203.0.113.9" });

    const unit = await db().organization.findUniqueOrThrow({ where: { id: result.unitId } });
    // the street of the first chosen community; not in the area unless ticked
    expect(unit).toMatchObject({
      kind: "WORK_UNIT",
      name: input.name,
      streetId: world.otherStreet.id,
      inArea: false,
      creditCode: "91330106MA2H0ABC1X",
      contactPhone: input.phone,
    });
    const user = await db().user.findUniqueOrThrow({ where: { phone: input.phone } });
    expect(user).toMatchObject({ id: result.userId, name: "赵敏" });
    expect(result.accountExisted).toBe(false);

    const reports = await db().unitReport.findMany({ where: { unitId: unit.id }, orderBy: { createdAt: "asc" } });
    expect(reports.map((r) => [r.communityId, r.status])).toEqual([
      [world.far.id, "PENDING"],
      [world.community.id, "PENDING"],
    ]);
    expect(reports[0]).toMatchObject({
      contactName: "赵敏",
      contactPhone: input.phone,
      offerSkills: ["电脑维修"],
      reportedById: user.id,
    });
    expect((await listUnitReportsForCommunity({ actor: world.secretary })).pending.map((r) => r.unit.id)).toEqual([unit.id]);

    const actions = await db().auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(actions.map((e) => [e.action, e.scopeOrgId])).toEqual([
      ["user.register", world.otherStreet.id],
      ["unit.register", world.otherStreet.id],
      ["grant.create", world.otherStreet.id],
      ["unitReport.submit", world.far.id],
      ["unitReport.submit", world.community.id],
    ]);

    // the person can sign in and lands in the unit portal
    expect(await verifyCredentials({ phone: input.phone, password: "Unit@2026pass", clientAddress: "203.0.113.9" })).toEqual({
      ok: true,
      userId: user.id,
    });
    const actor = await loadActor(user.id);
    expect(actor?.active).toMatchObject({ role: "UNIT_ADMIN", orgId: unit.id });
    expect((await listUnitReportsOfUnit({ actor: actor! })).reports).toHaveLength(2);
  });

  it("ticks 'in this area' when asked", async () => {
    const { community } = await createStreetWorld();
    const { unitId } = await registerUnit({
      input: registration({ communityIds: community.id, inArea: "on" }),
      clientAddress: "x",
    });
    expect((await db().organization.findUniqueOrThrow({ where: { id: unitId } })).inArea).toBe(true);
  });

  it("refuses a unit name that already exists in that street, and creates nothing", async () => {
    const { street, community } = await createStreetWorld();
    const existing = await createWorkUnit({ streetId: street.id, name: "东湖区人民医院" });
    const input = registration({ name: existing.name, communityIds: community.id });
    const error = await rejection(registerUnit({ input, clientAddress: "x" }));
    expect(error.fieldErrors).toEqual({ name: "unitReports.unitExists" });
    expect(await db().user.count({ where: { phone: input.phone } })).toBe(0);
    expect(await db().organization.count({ where: { name: existing.name } })).toBe(1);

    // the same name in another street is another unit
    const elsewhere = await createStreetWorld();
    await registerUnit({
      input: registration({ name: existing.name, communityIds: elsewhere.community.id }),
      clientAddress: "x",
    });
    expect(await db().organization.count({ where: { name: existing.name } })).toBe(2);
  });

  it("refuses a credit code already registered in that street", async () => {
    const { community } = await createStreetWorld();
    await registerUnit({
      input: registration({ communityIds: community.id, creditCode: "91330106MA2H0ABC2Y" }),
      clientAddress: "x",
    });
    const error = await rejection(
      registerUnit({ input: registration({ communityIds: community.id, creditCode: "91330106ma2h0abc2y" }), clientAddress: "x" }),
    );
    expect(error.fieldErrors).toEqual({ creditCode: "unitReports.creditCodeExists" });
  });

  it("reuses an existing account only with that account's password", async () => {
    const { community } = await createStreetWorld();
    const person = await createUser({
      name: "陈静",
      password: "Member@2026",
      grants: [{ role: "MEMBER", organizationId: community.id }],
    });

    const wrong = registration({ phone: person.phone, password: "Wrong@2026x", communityIds: community.id });
    const error = await rejection(registerUnit({ input: wrong, clientAddress: "198.51.100.1" }));
    expect(error.fieldErrors).toEqual({ password: "unitReports.existingAccountPassword" });
    expect(await db().organization.count({ where: { name: wrong.name } })).toBe(0);
    expect(await db().roleGrant.count({ where: { userId: person.id } })).toBe(1);

    const right = registration({
      phone: person.phone,
      password: "Member@2026",
      contactName: "别的名字",
      communityIds: community.id,
    });
    const result = await registerUnit({ input: right, clientAddress: "198.51.100.1" });
    expect(result).toMatchObject({ userId: person.id, accountExisted: true });
    expect(await db().user.count({ where: { phone: person.phone } })).toBe(1);
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("陈静");
    const actor = await loadActor(person.id);
    expect(actor?.grants.map((g) => g.role).sort()).toEqual(["MEMBER", "UNIT_ADMIN"]);
  });

  it("throttles password guessing through the registration form like sign-in", async () => {
    const { community } = await createStreetWorld();
    const person = await createUser({ password: "Member@2026" });
    const messages: string[] = [];
    for (let i = 0; i < 7; i++) {
      const error = await rejection(
        registerUnit({
          input: registration({ phone: person.phone, password: `Guess@${i}xxxx`, communityIds: community.id }),
          clientAddress: "192.0.2.1",
        }),
      );
      messages.push(error.fieldErrors?.password ?? error.messageKey);
    }
    expect(messages.at(0)).toBe("unitReports.existingAccountPassword");
    expect(messages.at(-1)).toBe("auth.throttled");
  });

  it("refuses an unknown or archived community", async () => {
    const { community } = await createStreetWorld();
    await db().organization.update({ where: { id: community.id }, data: { archivedAt: new Date() } });
    const input = registration({ communityIds: community.id });
    const error = await rejection(registerUnit({ input, clientAddress: "x" }));
    expect(error.fieldErrors).toEqual({ communityIds: "unitReports.communityUnavailable" });
    expect(await db().user.count({ where: { phone: input.phone } })).toBe(0);
  });

  it("lists the communities to choose from by street, without archived ones", async () => {
    const { street, community } = await createStreetWorld();
    const closed = await createCommunity({ streetId: street.id });
    await db().organization.update({ where: { id: closed.id }, data: { archivedAt: new Date() } });
    const groups = await listReportableCommunities();
    const mine = groups.find((g) => g.streetId === street.id);
    expect(mine).toEqual({
      streetId: street.id,
      streetName: street.name,
      communities: [{ id: community.id, name: community.name }],
    });
  });
});
