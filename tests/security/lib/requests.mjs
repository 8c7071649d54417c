// The requests of the fuzz and what makes an answer a finding: a status of 500 or more, an
// internal message in the body, the wrapper's "unexpected error", a field that silently took a
// malformed value.
import { encodeReply, postAction } from "../../../scripts/lib/server-actions.mjs";

/** Text that must never reach a client: stack frames, file paths, database and runtime errors. */
const INTERNALS =
  /\bat [\w$.<>]+ \((?:\/|file:|\.next)|node_modules\/|\/work\/|webpack-internal|\bPrisma\w*\b|\bP2\d{3}\b|invalid input syntax|violates [\w ]*constraint|duplicate key value|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|ECONNREFUSED|Unexpected end of/;

export function internalsIn(text) {
  return INTERNALS.exec(text)?.[0] ?? null;
}

/**
 * The page's text without its CSP nonce: 16 random bytes in base64, on every script tag, which
 * now and then spell something like "+P2822/" (a finding of a fresh-clone run, 2026-12-07).
 * Only that exact value is taken out, from the response's own Content-Security-Policy header.
 */
export function withoutNonce(text, contentSecurityPolicy) {
  const nonce = /'nonce-([^']+)'/.exec(contentSecurityPolicy ?? "")?.[1];
  return nonce ? text.split(nonce).join("") : text;
}

/**
 * The action's returned state from an RSC answer (the row holding `{"ok":…}`), or null. Long
 * strings travel as text rows (`2:T<length>,<text>`) without a line break after them, so the
 * state's row may start in the middle of a line.
 */
export function actionState(text) {
  const rows = [...text.matchAll(/[0-9a-f]+:(\{"ok":[^\n]*)/g)];
  if (!rows.length) return null;
  try {
    return JSON.parse(rows.at(-1)[1]);
  } catch {
    return null;
  }
}

export function formOf(fields) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(key, item);
  return form;
}

/** A fetch action called the browser's way: previous state and the form. */
export async function postForm(baseUrl, { path, id, cookie, fields, origin }) {
  const body = await encodeReply([{ ok: false }, formOf(fields)]);
  return postAction(baseUrl, path, id, { cookie, body, origin });
}

const TRUNCATED = '--fuzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"ok":fal';
const MULTIPART = "multipart/form-data; boundary=fuzz";

/**
 * Bodies that are not what React's client sends: broken multipart, JSON that is not a reply,
 * references to parts that are not there, arguments of the wrong type or number.
 */
export const STRUCTURAL = [
  { name: "truncated multipart", body: async () => ({ body: TRUNCATED, contentType: MULTIPART }) },
  { name: "multipart without its root", body: async () => ({ body: formOf({ _1_title: "x" }) }) },
  { name: "root not JSON", body: async () => ({ body: "[{", contentType: "text/plain;charset=UTF-8" }) },
  { name: "form as a string", decodes: true, body: async () => ({ body: await encodeReply([{ ok: false }, "title=x"]) }) },
  { name: "form as an object", decodes: true, body: async () => ({ body: await encodeReply([{ ok: false }, { title: "x" }]) }) },
  { name: "no arguments", decodes: true, body: async () => ({ body: await encodeReply([]) }) },
  {
    name: "extra arguments",
    decodes: true,
    body: async () => ({ body: await encodeReply([{ ok: false }, new FormData(), 1, "x", null]) }),
  },
  { name: "reference to a missing part", body: async () => ({ body: '[{"ok":false},"$1"]', contentType: "text/plain" }) },
  { name: "malformed bigint", body: async () => ({ body: '[{"ok":false},"$nxyz"]', contentType: "text/plain" }) },
  { name: "server reference", body: async () => ({ body: '[{"ok":false},"$h1"]', contentType: "text/plain" }) },
  { name: "huge array", body: async () => ({ body: `[${"0,".repeat(300_000)}0]`, contentType: "text/plain" }) },
  { name: "1,001 arguments", body: async () => ({ body: JSON.stringify(new Array(1001).fill(0)), contentType: "text/plain" }) },
  { name: "urlencoded", body: async () => ({ body: "title=x&0=%5B%5D", contentType: "application/x-www-form-urlencoded" }) },
  { name: "json object", body: async () => ({ body: '{"0":1}', contentType: "application/json" }) },
];

// `decodes`: Next turns the body into a call, so an action that takes no input (sign-out) runs on it.

/** A form posted without JavaScript (no Next-Action header): React reads `$ACTION_…` fields. */
export const NO_SCRIPT = [
  { name: "no-JS form, truncated multipart", body: () => ({ body: TRUNCATED, contentType: MULTIPART }) },
  {
    name: "no-JS form for this action",
    decodes: true,
    body: (id, fields) => ({ body: formOf({ [`$ACTION_ID_${id}`]: "", ...fields }) }),
  },
  { name: "no-JS form, unknown action", body: (_id, fields) => ({ body: formOf({ $ACTION_ID_7f00: "", ...fields }) }) },
  {
    name: "no-JS form, malformed bound arguments",
    body: () => ({ body: formOf({ $ACTION_REF_1: "", "$ACTION_1:0": "{not json", "$ACTION_1:1": "[" }) }),
  },
];

/** Posts a structural or no-JS body (raw: the caller gave the content type or fetch derives it). */
export async function postRaw(baseUrl, { path, id, cookie, body, contentType, origin, noScript = false }) {
  if (!noScript) return postAction(baseUrl, path, id, { cookie, body, contentType, origin });
  const headers = {};
  if (cookie) headers.cookie = cookie;
  if (contentType) headers["content-type"] = contentType;
  headers.origin = origin ?? baseUrl;
  const response = await fetch(baseUrl + path, { method: "POST", headers, body, redirect: "manual" });
  const text = withoutNonce(await response.text(), response.headers.get("content-security-policy"));
  return { status: response.status, redirect: response.headers.get("location"), text };
}

/** Runs `tasks` (functions returning promises) with at most `limit` at a time. */
export async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
