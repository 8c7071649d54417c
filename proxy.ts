import { NextResponse, type NextRequest } from "next/server";
import { actionBodyKind, isWellFormedActionBody } from "./lib/actions/action-body.ts";
import { isForeignActionRequest } from "./lib/auth/foreign-action.ts";
import { isHttps } from "./lib/auth/https";
import { contentSecurityPolicy, newNonce } from "./lib/content-security-policy";
import { env } from "./lib/env";
import { databaseOutage, markDatabaseDown, markDatabaseUp, REQUEST_PATH_HEADER } from "./lib/database-outage";
import { LOCALE_COOKIE } from "./lib/i18n/locales";
import { maintenanceResponse } from "./lib/maintenance-page";
import { probeDatabase } from "./lib/probe-database";
import { isDecodablePath } from "./lib/request-path";
import { ROSTER_UPLOAD_MAX_BODY_BYTES } from "./lib/roster/roster-columns";

// Conveniences in front of the app, none of them a security check (every page and action checks
// the session and permission on the server itself):
// - while the database is known to be away, pages get the maintenance page (503, Retry-After);
// - a path that is not valid percent-encoding is a 400 (Next would answer 500 for a dynamic route);
// - a server action posted from another site is refused with 403 (Next itself would answer 500),
//   and one whose body Next could not decode with 400 (again instead of Next's 500);
// - an upload larger than the server takes is refused with a message before it is read;
// - visitors without a session cookie are sent to sign-in from the signed-in areas;
// - every page gets a Content-Security-Policy with a fresh nonce (Next.js reads it from the request).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = ["/admin", "/community", "/me", "/unit"];
/** how often, at most, the proxy checks whether the database is back */
const PROBE_INTERVAL_MS = 1000;

let probing: Promise<boolean> | null = null;

/** Null when the database is not known to be down, or is back; else the maintenance page. */
async function whileDatabaseDown(request: NextRequest): Promise<Response | null> {
  const outage = databaseOutage();
  if (!outage) return null;
  if (Date.now() - outage.checkedAt >= PROBE_INTERVAL_MS) {
    probing ??= probeDatabase().finally(() => (probing = null));
    if (await probing) {
      markDatabaseUp();
      return null;
    }
    markDatabaseDown();
  }
  const accept = request.headers.get("accept") ?? "";
  return maintenanceResponse({
    locale: request.cookies.get(LOCALE_COOKIE)?.value,
    path: request.nextUrl.pathname + request.nextUrl.search,
    document: !request.headers.has("rsc") && accept.includes("text/html"),
  });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isDecodablePath(pathname)) return new NextResponse(null, { status: 400 });
  const actionKind = actionBodyKind(request.method, request.headers);
  if (actionKind && isForeignActionRequest(request.headers)) {
    return new NextResponse(null, { status: 403 });
  }
  if (actionKind) {
    // a body past the server's limit would fail inside the framework with a bare error; the form shows this text
    if (Number(request.headers.get("content-length") ?? 0) > ROSTER_UPLOAD_MAX_BODY_BYTES) {
      return new NextResponse("rosterImport.errors.tooLarge", { status: 413, headers: { "Content-Type": "text/plain" } });
    }
    // a body Next cannot decode would be a 500 from inside the framework
    if (!(await isWellFormedActionBody(request.clone(), actionKind))) {
      return new NextResponse(null, { status: 400 });
    }
  } else if (request.method === "GET" || request.method === "HEAD") {
    // forms still post while the database is away: their actions answer with the maintenance message
    const maintenance = await whileDatabaseDown(request);
    if (maintenance) return maintenance;
  }

  if (SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) {
    if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const url = request.nextUrl.clone();
      url.pathname = "/login";
      url.search = `?returnTo=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, pathname + search);
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    development: env().NODE_ENV === "development",
    https: isHttps(request.headers),
  });
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // every page and action; not the health check, Next's own files or static assets
  matcher: ["/((?!api/health|_next/static|_next/image|favicon\\.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};
