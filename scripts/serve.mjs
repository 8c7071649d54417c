#!/usr/bin/env node
// Serves the existing build with the supervisor only (no migrations, seed or build): the last step
// of `npm start`, for a deployment that prepares separately and for the benchmark. PORT,
// WEB_CONCURRENCY and the app's own settings come from the environment.
import { appProcessCount, superviseApp } from "./lib/supervisor.mjs";

const log = (message) => console.log(`[serve] ${message}`);
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await app.stop();
  process.exit(code);
}
const app = superviseApp({
  port: process.env.PORT ?? "3000",
  env: {},
  processes: appProcessCount(),
  log,
  onGiveUp: () => stop(1),
});
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
