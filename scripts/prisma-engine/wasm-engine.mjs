// Loads the official schema engine compiled to wasm (@prisma/schema-engine-wasm).
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));

/** The engine commit hash, which the Prisma CLI checks against its own. */
export function engineVersion() {
  // The package version is `<prisma version>-<n>.<commit hash>`; reading it avoids loading the wasm.
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  return version.split(".").pop();
}

let panicMessage = null;

/** The message of the last Rust panic inside the wasm, if any. The instance is unusable after one. */
export const lastPanic = () => panicMessage;

export function isPanic(error) {
  return panicMessage !== null || error instanceof WebAssembly.RuntimeError;
}

let bindingsPromise;

function loadBindings() {
  // The Rust panic hook reports through this global; without it a panic loses its message.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      panicMessage = message;
    },
  };
  // The package's schema_engine.js does `import * as wasm from "./schema_engine_bg.wasm"`,
  // which Node 20 cannot do; wire the same glue module to the instance by hand.
  bindingsPromise ??= (async () => {
    const glue = await import(pathToFileURL(path.join(packageDir, "schema_engine_bg.js")).href);
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return bindingsPromise;
}

// The engine panics without any datamodel (e.g. for `migrate diff`), so fall back to a stub.
const STUB_DATAMODEL = [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']];

/**
 * @param {[string, string][]} datamodels [path, content] pairs of the Prisma schema files
 * @param factory a migration-aware adapter factory bound with driver-adapter-utils
 * @param {(line: string) => void} log receives the engine's JSON log lines
 */
export async function startEngine(datamodels, factory, log) {
  const { SchemaEngine } = await loadBindings();
  return SchemaEngine.new({ datamodels: datamodels.length ? datamodels : STUB_DATAMODEL }, log, factory);
}
