import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine, which intranets cannot reach. Our stand-in runs
// the official wasm build from npm instead (see docs/decisions/002-prisma-without-downloads.md).
// `??=` keeps a user's own engine binary if they set one.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/prisma-engine/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // env("DATABASE_URL") throws when unset, which would break even `prisma generate`.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/portal",
  },
});
