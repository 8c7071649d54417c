import "server-only";
import { headers } from "next/headers";
import { publicUrl } from "../public-url.ts";
import { verifyPath } from "./letter-view.ts";

/** The absolute verification URL for a page being rendered (APP_URL, else the request's host). */
export async function verifyUrlForPage(code: string): Promise<string> {
  const requestHeaders = await headers();
  const request = new Request(`http://${requestHeaders.get("host") ?? "localhost"}/`, { headers: requestHeaders });
  return publicUrl(verifyPath(code), request);
}

/** The same for a route handler, from its request. */
export function verifyUrlForRequest(code: string, request: Request): string {
  return publicUrl(verifyPath(code), request);
}
