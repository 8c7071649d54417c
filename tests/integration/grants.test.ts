import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { grantRole } from "@/lib/users/grant-role";
import { listUsers } from "@/lib/users/list-users";
import { revokeRole } from "@/lib/users/revoke-role";
import { createUser, createWorkUnit, uniquePhone } from "@/prisma/factories";
import { createStreetWorld } from "../support/world";

describe("granting and revoking roles", () => {
  it("creates an account for a new phone, grants the role, and audits both", async () => {
    const { admin, community } = await createStreetWorld();
    const phone = uniquePhone();
    const { userId } = await grantRole({
      actor: admin,
      input: { phone, name: "刘洋", password: "Secret#2026", role: "SECRETARY", organizationId: community.id },
    });
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword(user.passwordHash, "Secret#2026")).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const actor = await loadActor(userId);
    expect(actor?.active).toMatchObject({ role: "SECRETARY", orgId: community.id });
    const actions = (await db().auditEvent.findMany({ where: { actorId: admin.userId }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["user.create", "grant.create"]);
  });

  it("asks for a name and password only when the phone has no account", async () => {
    const { admin, community } = await createStreetWorld();
    await expect(
      grantRole({ actor: admin, input: { phone: uniquePhone(), role: "MEMBER", organizationId: community.id } }),
    ).rejects.toMatchObject({ fieldErrors: { name: "users.nameForNewAccount", password: "users.passwordForNewAccount" } });
    const existing = await createUser({});
    await grantRole({ actor: admin, input: { phone: existing.phone, role: "MEMBER", organizationId: community.id } });
    expect(await db().roleGrant.count({ where: { userId: existing.id } })).toBe(1);
  });

  it("lets one person hold several roles and switch between them", async () => {
    const { admin, community, street } = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: street.id });
    const person = await createUser({});
    await grantRole({ actor: admin, input: { phone: person.phone, role: "UNIT_ADMIN", organizationId: unit.id } });
    await grantRole({ actor: admin, input: { phone: person.phone, role: "MEMBER", organizationId: community.id } });
    const actor = await loadActor(person.id);
    expect(actor?.grants.map((g) => g.role).sort()).toEqual(["MEMBER", "UNIT_ADMIN"]);
    expect(actor?.active?.role).toBe("UNIT_ADMIN");
    const memberGrant = actor!.grants.find((g) => g.role === "MEMBER")!;
    expect((await loadActor(person.id, memberGrant.id))?.active?.role).toBe("MEMBER");
    // a grant id of somebody else is ignored
    expect((await loadActor(person.id, admin.active!.id))?.active?.role).toBe("UNIT_ADMIN");
  });

  it("refuses a role on an organization of the wrong kind, or twice", async () => {
    const { admin, grid, community } = await createStreetWorld();
    const person = await createUser({});
    await expect(
      grantRole({ actor: admin, input: { phone: person.phone, role: "SECRETARY", organizationId: grid.id } }),
    ).rejects.toMatchObject({ fieldErrors: { organizationId: "users.orgDoesNotFitRole" } });
    await grantRole({ actor: admin, input: { phone: person.phone, role: "SECRETARY", organizationId: community.id } });
    await expect(
      grantRole({ actor: admin, input: { phone: person.phone, role: "SECRETARY", organizationId: community.id } }),
    ).rejects.toMatchObject({ messageKey: "users.alreadyGranted" });
  });

  it("revokes with the grant kept in the audit log, and the person loses access at once", async () => {
    const { admin, secretary } = await createStreetWorld();
    const grantId = secretary.active!.id;
    await revokeRole({ actor: admin, input: { grantId } });
    expect(await db().roleGrant.findUnique({ where: { id: grantId } })).toBeNull();
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "grant.revoke", entityId: grantId } });
    expect(event.before).toMatchObject({ role: "SECRETARY", userId: secretary.userId });
    expect((await loadActor(secretary.userId))?.active).toBeNull();
  });

  it("cannot touch grants of another street, and only admins grant at all", async () => {
    const a = await createStreetWorld();
    const b = await createStreetWorld();
    await expect(revokeRole({ actor: a.admin, input: { grantId: b.secretary.active!.id } })).rejects.toThrow(NotFoundError);
    await expect(
      grantRole({
        actor: a.admin,
        input: { phone: uniquePhone(), name: "x", password: "Secret#2026", role: "SECRETARY", organizationId: b.community.id },
      }),
    ).rejects.toMatchObject({ fieldErrors: { organizationId: "users.orgDoesNotFitRole" } });
    await expect(
      grantRole({
        actor: a.secretary,
        input: { phone: uniquePhone(), name: "x", password: "Secret#2026", role: "SECRETARY", organizationId: a.community.id },
      }),
    ).rejects.toThrow(ForbiddenError);
    const { users } = await listUsers({ actor: a.admin });
    expect(users.map((u) => u.id).sort()).toEqual([a.admin.userId, a.secretary.userId].sort());
  });
});
