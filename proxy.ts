import { NextResponse, type NextRequest } from "next/server";
import { isForeignActionRequest } from "./lib/auth/foreign-action.ts";

// A convenience only: it sends visitors without a session cookie to sign-in, and refuses a server
// action posted from another site with 403 (Next itself would answer 500). Every page and action
// checks the session and permission on the server itself (a proxy is not a security check).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = ["/admin", "/community", "/me", "/unit"];

export function proxy(request: NextRequest) {
  if (request.method === "POST" && isForeignActionRequest(request.headers)) {
    return new NextResponse(null, { status: 403 });
  }
  const path = request.nextUrl.pathname;
  if (!SIGNED_IN_AREAS.some((area) => path === area || path.startsWith(`${area}/`))) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?returnTo=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // every page (actions post to pages); not Next's assets, not the API routes
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
