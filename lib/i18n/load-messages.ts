import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales.ts";

type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

/**
 * Messages live in one file per namespace (`messages/<locale>/<namespace>.json`), so features
 * add copy without touching each other's files. Read once per process.
 */
export function loadMessages(locale: Locale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    const dir = path.join(process.cwd(), "messages", locale);
    messages = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .sort()
        .map((file) => [file.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, file), "utf8"))]),
    );
    cache.set(locale, messages);
  }
  return messages;
}
