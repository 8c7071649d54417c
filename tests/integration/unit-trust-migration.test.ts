import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";

const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");
const ALL = readdirSync(MIGRATIONS)
  .filter((d) => /^\d{14}_/.test(d))
  .sort();
const TRUST = ALL.find((d) => d.endsWith("_unit_trust"))!;

function sqlOf(migration: string) {
  return readFileSync(path.join(MIGRATIONS, migration, "migration.sql"), "utf8");
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const STREET = "00000000-0000-7000-8000-000000000001";
const COMMUNITY = "00000000-0000-7000-8000-000000000002";
const BY_STREET = "00000000-0000-7000-8000-0000000000a1";
const SELF_ONLY = "00000000-0000-7000-8000-0000000000b1";
const SELF_ACCEPTED = "00000000-0000-7000-8000-0000000000c1";

describe("the unit trust migration (docs/decisions/060)", () => {
  it("verifies units the street created or a community accepted, dates existing links, turns the rest into suggestions", async () => {
    expect(TRUST).toBeDefined();
    // a database as it was before the migration, with data written the old way
    const base = new URL(env().DATABASE_URL);
    const name = `${base.pathname.slice(1)}_trust_migration`;
    const adminUrl = new URL(base);
    adminUrl.pathname = "/postgres";
    const url = new URL(base);
    url.pathname = `/${name}`;
    await withClient(adminUrl.toString(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
    });
    try {
      const rows = await withClient(url.toString(), async (c) => {
        for (const migration of ALL.slice(0, ALL.indexOf(TRUST))) await c.query(sqlOf(migration));
        await c.query(`
          INSERT INTO "Organization"(id, kind, name, "updatedAt") VALUES ('${STREET}', 'STREET', '街道', now());
          INSERT INTO "Organization"(id, kind, name, "streetId", "parentId", "updatedAt")
            VALUES ('${COMMUNITY}', 'COMMUNITY', '社区', '${STREET}', '${STREET}', now());
          INSERT INTO "Organization"(id, kind, name, "partyBranchName", "streetId", "updatedAt") VALUES
            ('${BY_STREET}', 'WORK_UNIT', '街道录入的单位', NULL, '${STREET}', now()),
            ('${SELF_ONLY}', 'WORK_UNIT', '自行注册的单位', '自行注册党支部', '${STREET}', now()),
            ('${SELF_ACCEPTED}', 'WORK_UNIT', '报到已被接受的单位', NULL, '${STREET}', now());
          INSERT INTO "AuditEvent"(action, "entityType", "entityId") VALUES
            ('unit.register', 'Organization', '${SELF_ONLY}'), ('unit.register', 'Organization', '${SELF_ACCEPTED}');
          INSERT INTO "UnitReport"(id, "unitId", "communityId", status, "contactName", "contactPhone", "updatedAt")
            VALUES ('00000000-0000-7000-8000-0000000000f1', '${SELF_ACCEPTED}', '${COMMUNITY}', 'ACCEPTED', '联系人', '13800000000', now());
          INSERT INTO "Member"(id, name, phone, "communityId", "employerUnitId", status, "verifiedAt", "updatedAt") VALUES
            ('00000000-0000-7000-8000-000000000101', '甲', '13800000001', '${COMMUNITY}', '${BY_STREET}', 'ACTIVE', '2025-03-01', now()),
            ('00000000-0000-7000-8000-000000000102', '乙', '13800000002', '${COMMUNITY}', '${SELF_ONLY}', 'ACTIVE', '2025-03-01', now()),
            ('00000000-0000-7000-8000-000000000103', '丙', '13800000003', '${COMMUNITY}', '${SELF_ACCEPTED}', 'ACTIVE', '2025-04-02', now());`);
        await c.query(sqlOf(TRUST));
        const units = await c.query(
          `SELECT id, "verifiedAt" IS NOT NULL AS verified FROM "Organization" WHERE kind = 'WORK_UNIT' ORDER BY id`,
        );
        const members = await c.query(
          `SELECT name, "employerUnitId", to_char("employerLinkedAt", 'YYYY-MM-DD HH24:MI') AS "employerLinkedAt",
                  "suggestedUnitId", "employerName", "employerBranch"
           FROM "Member" ORDER BY phone`,
        );
        // and from now on a link without its date is refused
        const refused = await c
          .query(`UPDATE "Member" SET "employerUnitId" = '${BY_STREET}', "employerLinkedAt" = NULL WHERE name = '乙'`)
          .then(
            () => false,
            () => true,
          );
        return { units: units.rows, members: members.rows, refused };
      });
      expect(rows.units).toEqual([
        { id: BY_STREET, verified: true },
        { id: SELF_ONLY, verified: false },
        { id: SELF_ACCEPTED, verified: true },
      ]);
      expect(rows.members).toEqual([
        {
          name: "甲",
          employerUnitId: BY_STREET,
          employerLinkedAt: "2025-03-01 00:00",
          suggestedUnitId: null,
          employerName: null,
          employerBranch: null,
        },
        {
          name: "乙",
          employerUnitId: null,
          employerLinkedAt: null,
          suggestedUnitId: SELF_ONLY,
          employerName: "自行注册的单位",
          employerBranch: "自行注册党支部",
        },
        {
          name: "丙",
          employerUnitId: SELF_ACCEPTED,
          employerLinkedAt: "2025-04-02 00:00",
          suggestedUnitId: null,
          employerName: null,
          employerBranch: null,
        },
      ]);
      expect(rows.refused).toBe(true);
    } finally {
      await withClient(adminUrl.toString(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  });
});
