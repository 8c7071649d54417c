#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI would download from a host
// we cannot reach. It runs the same engine compiled to wasm (@prisma/schema-engine-wasm) over
// @prisma/adapter-pg, behind the command line and stdio protocol of the native binary.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here.
// See docs/decisions/002-prisma-without-downloads.md; after upgrading Prisma packages run
// `node scripts/prisma-engine/smoke-test.mjs`.
import { readFileSync } from "node:fs";
import { canConnect, createDatabase } from "./pg-admin.mjs";
import { serveJsonRpc } from "./rpc-server.mjs";
import { engineVersion } from "./wasm-engine.mjs";

/** Writes a log line in the native engine's JSON format; the CLI parses stderr as such. */
function log(level, message, fields = {}, target = "schema_engine::logger") {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--datamodels" || arg === "-d") {
      // Accepts both `--datamodels a --datamodels b` and `--datamodels a b`.
      while (i + 1 < argv.length && !argv[i + 1].startsWith("-") && argv[i + 1] !== "cli") args.datamodels.push(argv[++i]);
    } else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // not used by the wasm engine
    else if (arg === "cli") args.cli = argv[++i] ?? "";
    else throw new Error(`Unexpected argument: ${arg}`);
  }
  return args;
}

const USAGE = `Usage: schema-engine [--datamodels <file>...] [--datasource <json>] [cli <can-connect-to-database|create-database>]
Without \`cli\`, serves JSON-RPC on stdin/stdout like Prisma's native schema engine.`;

async function runCliCommand(command, datasource) {
  log("INFO", "Starting schema engine CLI", { git_hash: engineVersion() }, "schema_engine_cli");
  const url = datasource?.url;
  switch (command) {
    case "can-connect-to-database":
      await canConnect(url);
      process.stdout.write("Connection successful\n");
      return;
    case "create-database":
      process.stdout.write(`Database '${await createDatabase(url)}' was successfully created.\n`);
      return;
    default:
      throw new Error(`Unsupported cli command: ${command}`);
  }
}

async function main() {
  // On failure the CLI parses our stderr as JSON lines, so keep Node's warnings in that format.
  process.removeAllListeners("warning");
  process.on("warning", (w) => log("WARN", `${w.name}: ${w.message}`));

  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(1);
  }
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineVersion()}\n`);
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.cli !== null) {
    try {
      await runCliCommand(args.cli, args.datasource);
      process.exit(0);
    } catch (error) {
      const fields = { is_panic: false, error_code: error.code ?? "", message: String(error.message ?? error) };
      log("ERROR", fields.message, fields);
      process.exit(1);
    }
  }

  // stdout carries JSON-RPC only: anything a dependency logs goes to stderr.
  console.log = console.info = console.debug = console.error;
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  serveJsonRpc({ datamodels, datasource: args.datasource, log });
}

main().catch((error) => {
  log("ERROR", String(error?.stack ?? error), { is_panic: false });
  process.exit(1);
});
