import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { normalizePersonName } from "@/lib/members/person-name";
import { registerMemberSchema, updateMemberSchema } from "@/lib/members/schema";
import { listRoster } from "@/lib/roster/list-roster";
import { parseRosterFilter } from "@/lib/roster/roster-filter";
import { grantRoleSchema } from "@/lib/users/schema";
import { createMember, createUser, uniquePhone } from "@/prisma/factories";
import { PERSON_NAME_SAMPLES as SAMPLES } from "../support/person-name-samples";
import { createStreetWorld } from "../support/world";

const MIGRATION = readdirSync(path.join(process.cwd(), "prisma/migrations")).find((d) => d.endsWith("_normalize_person_names"));

describe("one name normalizer", () => {
  it("the migration normalizes the rows written before, exactly as the code does (members, accounts, letters)", async () => {
    expect(MIGRATION).toBeDefined();
    const world = await createStreetWorld();
    const members = [];
    for (const [typed] of SAMPLES) members.push(await createMember({ communityId: world.community.id, name: typed }));
    const user = await createUser({ name: "陈\u3000静" });
    await db()
      .$executeRaw`INSERT INTO "ThankYouLetter" (id, serial, "verifyCode", "communityId", "memberId", year, addressee, "employerName", services, "activityCount", "totalHours", body, "updatedAt")
      VALUES (gen_random_uuid(), ${`T-${Date.now()}`}, ${`v${Date.now()}`}, ${world.community.id}::uuid, ${members[0].id}::uuid, 2026, '某单位党支部', '某单位', '[]'::jsonb, 3, 6, ${"张\u3000伟同志在2026年积极参加社区服务。"}, now())`;

    // the migration's SQL, run as `prisma migrate deploy` runs it: one script, one session
    const client = new pg.Client({ connectionString: env().DATABASE_URL });
    await client.connect();
    try {
      await client.query(readFileSync(path.join(process.cwd(), "prisma/migrations", MIGRATION!, "migration.sql"), "utf8"));
    } finally {
      await client.end();
    }

    const stored = await db().member.findMany({
      where: { id: { in: members.map((m) => m.id) } },
      select: { id: true, name: true },
    });
    for (const [i, member] of members.entries()) {
      expect(stored.find((m) => m.id === member.id)?.name, JSON.stringify(SAMPLES[i][0])).toBe(
        normalizePersonName(SAMPLES[i][0]),
      );
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("陈静");
    expect((await db().thankYouLetter.findFirstOrThrow({ where: { memberId: members[0].id } })).body).toBe(
      "张伟同志在2026年积极参加社区服务。",
    );
  });

  it("registration, the secretary's edit and new accounts store the normalized name", async () => {
    const world = await createStreetWorld();
    const residence = { gridId: world.grid.id, buildingId: world.building.id, room: "502", kind: "RESIDENT" };
    const registration = registerMemberSchema.parse({
      ...residence,
      name: "张\u3000伟",
      gender: "MALE",
      phone: uniquePhone(),
      password: "Report#2026",
      communityId: world.community.id,
      consent: "on",
    });
    expect(registration.name).toBe("张伟");
    const edit = { ...residence, id: world.building.id, phone: uniquePhone() };
    expect(updateMemberSchema.parse({ ...edit, name: "Ｊｏｈｎ　 Smith" }).name).toBe("John Smith");
    const blank = updateMemberSchema.safeParse({ ...edit, name: "\u200b\u3000" });
    expect(blank.error?.issues.find((i) => i.path[0] === "name")?.message).toBe("validation.required");
    const grant = grantRoleSchema.parse({
      phone: uniquePhone(),
      name: "李　秀英",
      role: "MEMBER",
      organizationId: world.community.id,
    });
    expect(grant.name).toBe("李秀英");
  });

  it("searching 张 伟 or 张　伟 finds 张伟 on the roster", async () => {
    const world = await createStreetWorld();
    await createMember({ communityId: world.community.id, name: "张伟", status: "ACTIVE" });
    for (const q of ["张伟", "张 伟", "张\u3000伟"]) {
      const { rows } = await listRoster({ actor: world.secretary, input: { filter: parseRosterFilter({ q }) } });
      expect(
        rows.map((r) => r.name),
        q,
      ).toEqual(["张伟"]);
    }
  });
});
