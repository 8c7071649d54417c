import { beforeAll } from "vitest";
import { db } from "@/lib/db";

// reference data that the migrations insert (the eight service categories) stays
const KEPT = ["_prisma_migrations", "ServiceCategory"];

/** Each test file starts from empty tables (migrations and their reference data stay). */
beforeAll(async () => {
  const tables = (
    await db().$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`
  ).filter((t) => !KEPT.includes(t.tablename));
  if (tables.length) {
    await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
  await db().$executeRaw`DELETE FROM "ServiceCategory" WHERE "communityId" IS NOT NULL`;
});
