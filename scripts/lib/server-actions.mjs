// Server actions of the production build, called over HTTP as the browser calls them. Shared by
// the fault injection (`npm run test:faults`) and the security fuzz (`tests/security/fuzz.mjs`).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// React's own encoding of a server action's arguments (the order of the parts matters)
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge");
export { encodeReply };

const MANIFEST = "server/server-reference-manifest.json";
const APP_PATHS = ".next/server/app-paths-manifest.json";

/**
 * Every server action the build knows: `{ id, filename, exportedName, pages }`, `pages` being
 * the build's page entries that carry it (`app/(member)/me/page`).
 */
export function serverActions(distDir = ".next") {
  const manifest = JSON.parse(readFileSync(`${distDir}/${MANIFEST}`, "utf8"));
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      filename: entry.filename,
      exportedName: entry.exportedName,
      pages: Object.keys(entry.workers).sort(),
    }))
    .sort((a, b) => `${a.filename}#${a.exportedName}`.localeCompare(`${b.filename}#${b.exportedName}`));
}

/** A server action's id in the build, by its file and export. */
export function actionId(filename, exportedName, distDir = ".next") {
  const found = serverActions(distDir).find((a) => a.filename === filename && a.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found.id;
}

/**
 * Every route of the build: `{ entry, path, kind, segments }`, `path` as a URL pattern without
 * route groups (`/community/activities/[id]`), `kind` "page" or "route", `segments` the names of
 * its dynamic segments.
 */
export function appRoutes() {
  const manifest = JSON.parse(readFileSync(APP_PATHS, "utf8"));
  return Object.keys(manifest)
    .map((entry) => {
      const kind = entry.endsWith("/page") ? "page" : "route";
      const path = urlPattern(entry);
      const segments = [...path.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
      return { entry, path, kind, segments };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** `/(member)/me/activities/[id]/page` or `app/(member)/me/page` → `/me/activities/[id]`, `/me`. */
export function urlPattern(entry) {
  const parts = entry
    .replace(/^app\//, "/")
    .split("/")
    .filter((part) => part && !/^\(.*\)$/.test(part));
  parts.pop(); // page | route
  return `/${parts.join("/")}`;
}

/** Calls a server action as the browser does: the previous state and the form, React-encoded. */
export async function callAction(baseUrl, cookie, path, id, fields) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(key, item);
  return postAction(baseUrl, path, id, { cookie, body: await encodeReply([{ ok: false }, form]) });
}

/**
 * Posts a raw body to a server action: `body` a string, FormData or URLSearchParams (fetch
 * sets the content type) unless `contentType` is given; `origin` defaults to the app's own.
 */
export async function postAction(baseUrl, path, id, { cookie, body, contentType, origin = baseUrl }) {
  const headers = { "next-action": id, accept: "text/x-component" };
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  if (contentType) headers["content-type"] = contentType;
  const response = await fetch(baseUrl + path, { method: "POST", headers, body, redirect: "manual" });
  return {
    status: response.status,
    redirect: response.headers.get("x-action-redirect"),
    text: await response.text(),
  };
}
