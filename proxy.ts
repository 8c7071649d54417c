import { NextResponse, type NextRequest } from "next/server";

// A convenience only: it sends visitors without a session cookie to sign-in. Every page and
// action checks the session and permission on the server itself (a proxy is not a security check).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?returnTo=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/admin/:path*", "/community/:path*", "/me/:path*", "/unit/:path*"],
};
