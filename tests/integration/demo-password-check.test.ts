import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts.mjs";
import { createStreet, createUser } from "@/prisma/factories";
import { accountsWithDemoPassword, refuseDemoPasswords } from "@/scripts/lib/demo-password-check.mjs";

// `npm start` with a real DATABASE_URL refuses to serve while the demo password is in use (issue 13.11).
describe("the demo password check before serving a real database", () => {
  it("finds admins and seeded accounts still on the demo password, and lets a clean database start", async () => {
    const url = env().DATABASE_URL;
    const street = await createStreet();
    expect(await accountsWithDemoPassword(url)).toEqual([]);
    await expect(refuseDemoPasswords(url, () => {})).resolves.toBeUndefined();

    const admin = await createUser({ password: DEMO_PASSWORD, grants: [{ role: "ADMIN", organizationId: street.id }] });
    const seededA = await createUser({ password: DEMO_PASSWORD });
    const seededB = await createUser({ password: DEMO_PASSWORD });
    await createUser({ password: "Own#2026password" });
    expect((await accountsWithDemoPassword(url)).sort()).toEqual([admin.phone, seededA.phone, seededB.phone].sort());
    await expect(refuseDemoPasswords(url, () => {})).rejects.toThrow(/3 account\(s\) still use the demo password/);

    // once changed (or disabled), the database may be served
    await db().user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword("Changed#2026pass") } });
    await db().user.updateMany({ where: { id: { in: [seededA.id, seededB.id] } }, data: { disabledAt: new Date() } });
    expect(await accountsWithDemoPassword(url)).toEqual([]);
  });
});
