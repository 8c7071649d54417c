// `npm start` against a real DATABASE_URL refuses to serve while an account still signs in with the
// demo password (decision 073): a database seeded for a trial and then put into service would
// otherwise open the street admin's account to anyone who has read the README.
import { verify } from "@node-rs/argon2";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";

/**
 * Phones of enabled accounts whose password is the demo password. Checked: the demo phones, every
 * account holding more than the member role, and every hash shared by several accounts (a seeded
 * batch). A member's own hash is unique and salted, and argon2 costs ~20 ms a check: checking
 * thousands at every start would hold the start for minutes.
 */
export async function accountsWithDemoPassword(databaseUrl, password = DEMO_PASSWORD) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT u."passwordHash" AS hash, array_agg(u.phone ORDER BY u.phone) AS phones
         FROM "User" u
        WHERE u."disabledAt" IS NULL
          AND (u.phone = ANY($1)
               OR EXISTS (SELECT 1 FROM "RoleGrant" g WHERE g."userId" = u.id AND g.role <> 'MEMBER')
               OR u."passwordHash" IN (SELECT "passwordHash" FROM "User" GROUP BY 1 HAVING count(*) > 1))
        GROUP BY u."passwordHash"`,
      [DEMO_ACCOUNTS.map((a) => a.phone)],
    );
    const matches = await Promise.all(rows.map((row) => verify(row.hash, password).catch(() => false)));
    return rows.filter((_, i) => matches[i]).flatMap((row) => row.phones);
  } finally {
    await client.end();
  }
}

/** Throws (so `npm start` stops) while the demo password is in use; ALLOW_DEMO_PASSWORDS=1 for a trial. */
export async function refuseDemoPasswords(databaseUrl, log) {
  if (process.env.ALLOW_DEMO_PASSWORDS === "1") {
    log("ALLOW_DEMO_PASSWORDS=1: not checking for accounts with the demo password (a trial, not a real service)");
    return;
  }
  const phones = await accountsWithDemoPassword(databaseUrl);
  if (!phones.length) return;
  const shown = phones.slice(0, 10).map((p) => `${p.slice(0, 3)}****${p.slice(-4)}`);
  throw new Error(
    `${phones.length} account(s) still use the demo password ${DEMO_PASSWORD} (${shown.join(", ")}${phones.length > 10 ? ", …" : ""}). ` +
      "Change their passwords (or disable them) before serving this database; " +
      "仍有账号使用演示密码，请先修改这些账号的密码再启动。For a trial only: ALLOW_DEMO_PASSWORDS=1.",
  );
}
