import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) {
    if (!SKIP.has(name)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** A build is needed when there is none, or when any source is newer than it. */
export function needsBuild() {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}
