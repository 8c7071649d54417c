import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { loadMessages } from "@/lib/i18n/load-messages";

const zh = loadMessages("zh-CN");
const en = loadMessages("en");

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (child && typeof child === "object") for (const [k, v] of leaves(child, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, String(child));
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("message files", () => {
  const zhKeys = leaves(zh);
  const enKeys = leaves(en);

  it("have the same keys in zh-CN and en", () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it("have no empty texts", () => {
    for (const [key, text] of [...zhKeys, ...enKeys]) expect(text.trim(), key).not.toBe("");
  });

  it("contain every message key that the code uses as a literal, and a label for every audit action", () => {
    const namespaces = Object.keys(zh).join("|");
    const keyPattern = new RegExp(`"((?:${namespaces})\\.[A-Za-z.]+)"`, "g");
    const isNamespace = (key: string) => [...zhKeys.keys()].some((k) => k.startsWith(`${key}.`));
    const missing: string[] = [];
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")]) {
      for (const match of readFileSync(file, "utf8").matchAll(keyPattern)) {
        const key = match[1];
        // permission names and audit action names share the dotted shape; an audit action needs a label
        if (key in PERMISSIONS || zhKeys.has(key) || isNamespace(key) || zhKeys.has(`audit.actions.${key}`)) continue;
        missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
