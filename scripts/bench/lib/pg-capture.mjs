// Preloaded (`node --import`) into the capture server only, never into the measured one: appends
// every SQL statement the app sends through `pg` (text, parameters, start and end in ms) to
// $BENCH_CAPTURE_FILE as JSON lines. The database floor replays exactly these statements.
// The ESM entry of `pg` re-exports the CommonJS classes the app loads, so patching the prototype
// here reaches the app's queries too (`pg` is a server-external package, not bundled).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const file = process.env.BENCH_CAPTURE_FILE;
if (file) {
  const original = pg.Client.prototype.query;
  const encode = (_key, value) => {
    if (typeof value === "bigint") return { $bigint: value.toString() };
    if (value && value.type === "Buffer" && Array.isArray(value.data))
      return { $bytes: Buffer.from(value.data).toString("base64") };
    if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
    return value;
  };
  const write = (entry) => fs.appendFileSync(file, JSON.stringify(entry, encode) + "\n");

  pg.Client.prototype.query = function capturedQuery(config, values, callback) {
    const text = typeof config === "string" ? config : config?.text;
    if (typeof text !== "string") return original.call(this, config, values, callback);
    const params = typeof config === "object" && config.values ? config.values : Array.isArray(values) ? values : [];
    const t0 = performance.now();
    const done = (error) =>
      write({
        t0,
        t1: performance.now(),
        text,
        values: params,
        pid: this.processID ?? null,
        error: error ? String(error.message ?? error) : null,
      });
    const cb =
      typeof values === "function"
        ? values
        : typeof callback === "function"
          ? callback
          : typeof config?.callback === "function"
            ? config.callback
            : null;
    if (cb) {
      const wrapped = (error, result) => {
        done(error);
        cb(error, result);
      };
      if (typeof values === "function") return original.call(this, config, wrapped);
      if (typeof callback === "function") return original.call(this, config, values, wrapped);
      config.callback = wrapped;
      return original.call(this, config);
    }
    const result = original.call(this, config, values);
    if (result && typeof result.then === "function")
      result.then(
        () => done(null),
        (error) => done(error),
      );
    return result;
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
}
