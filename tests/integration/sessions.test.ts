import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { endAllSessions, endSession } from "@/lib/auth/end-sessions";
import { loadActor, loadSessionActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { createSessionRow, pruneExpiredSessions, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-rows";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { signOutUser } from "@/lib/users/sign-out-user";
import { createUser } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

const PASSWORD = "Right#2026pass";

/** A member with two signed-in browsers (say a phone, and a cookie copied off it). */
async function memberWithSessions(communityId: string) {
  const user = await createUser({ password: PASSWORD, grants: [{ role: "MEMBER", organizationId: communityId }] });
  const phone = await createSessionRow(user.id);
  const laptop = await createSessionRow(user.id);
  const signedIn = async (sessionId: string) => (await loadSessionActor({ userId: user.id, sessionId })) !== null;
  return { user, phone, laptop, signedIn };
}

describe("server-side sessions (issue 13.3)", () => {
  it("honours a cookie only while its session row lives, and only for its own person", async () => {
    const { community } = await createStreetWorld();
    const { user, phone, signedIn } = await memberWithSessions(community.id);
    expect(await signedIn(phone)).toBe(true);
    const other = await createUser({});
    expect(await loadSessionActor({ userId: other.id, sessionId: phone })).toBeNull();
    const afterExpiry = new Date(Date.now() + (SESSION_MAX_AGE_SECONDS + 1) * 1000);
    expect(await loadSessionActor({ userId: user.id, sessionId: phone }, undefined, afterExpiry)).toBeNull();
    expect(await pruneExpiredSessions(afterExpiry)).toBeGreaterThanOrEqual(2);
    expect(await signedIn(phone)).toBe(false);
  });

  it("ends only the signed-out browser on sign-out", async () => {
    const { community } = await createStreetWorld();
    const { phone, laptop, signedIn } = await memberWithSessions(community.id);
    await endSession(phone);
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(laptop)).toBe(true);
    await endSession("not-a-session-id");
  });

  it("ends every session when the password changes, through the use case or any other write", async () => {
    const { community } = await createStreetWorld();
    const a = await memberWithSessions(community.id);
    const actor = await actorFor(a.user.id);
    await changePassword({ actor, input: { currentPassword: PASSWORD, newPassword: "Newer#2026pass" } });
    expect(await a.signedIn(a.phone)).toBe(false);
    expect(await a.signedIn(a.laptop)).toBe(false);

    // a reset by SMS code, a script, an admin: the database itself ends the sessions
    const b = await memberWithSessions(community.id);
    await db().user.update({ where: { id: b.user.id }, data: { passwordHash: await hashPassword("Reset#2026pass") } });
    expect(await b.signedIn(b.phone)).toBe(false);
    expect(await b.signedIn(b.laptop)).toBe(false);

    // anything else about the person leaves the sessions alone
    const c = await memberWithSessions(community.id);
    await db().user.update({ where: { id: c.user.id }, data: { name: "改名" } });
    expect(await c.signedIn(c.phone)).toBe(true);
    // disabling ends them
    await db().user.update({ where: { id: c.user.id }, data: { disabledAt: new Date() } });
    expect(await db().session.count({ where: { userId: c.user.id } })).toBe(0);
  });

  it("lets a person sign out everywhere, audited", async () => {
    const { community } = await createStreetWorld();
    const { user, phone, laptop, signedIn } = await memberWithSessions(community.id);
    expect(await signOutEverywhere({ actor: await actorFor(user.id) })).toEqual({ ended: 2 });
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(laptop)).toBe(false);
    expect(await db().auditEvent.count({ where: { action: "user.signOutEverywhere", entityId: user.id } })).toBe(1);
    await expect(signOutEverywhere({ actor: null })).rejects.toThrow();
  });

  it("lets a street admin sign a person of their street out everywhere, and nobody else's", async () => {
    const { admin, community } = await createStreetWorld();
    const { user, phone, signedIn } = await memberWithSessions(community.id);
    expect(await signOutUser({ actor: admin, input: { userId: user.id } })).toEqual({ ended: 2 });
    expect(await signedIn(phone)).toBe(false);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.signOutEverywhere", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.userId, scopeOrgId: admin.active!.orgId });

    const elsewhere = await createStreetWorld();
    const stranger = await memberWithSessions(elsewhere.community.id);
    await expect(signOutUser({ actor: admin, input: { userId: stranger.user.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await stranger.signedIn(stranger.phone)).toBe(true);
  });

  it("costs one query per request: the session check rides on the actor's own read", async () => {
    const { community } = await createStreetWorld();
    const { user, phone } = await memberWithSessions(community.id);
    const rounds = 300;
    const timed = async (read: () => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await read();
      const started = performance.now();
      for (let i = 0; i < rounds; i++) await read();
      return (performance.now() - started) / rounds;
    };
    const without = await timed(() => loadActor(user.id));
    const withSession = await timed(() => loadSessionActor({ userId: user.id, sessionId: phone }));
    console.info(`actor read: ${without.toFixed(2)} ms; with the session check: ${withSession.toFixed(2)} ms per request`);
    await endAllSessions(db(), user.id);
    expect(await loadSessionActor({ userId: user.id, sessionId: phone })).toBeNull();
  });
});
