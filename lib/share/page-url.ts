import "server-only";
import { headers } from "next/headers";
import { publicUrl } from "../public-url.ts";

/**
 * The absolute URL of a path for the page being rendered (APP_URL, else the request's own Host;
 * never a forwarded host: see lib/public-url.ts). For QR codes, share texts and Open Graph tags.
 */
export async function absoluteUrlForPage(path: string): Promise<string> {
  const requestHeaders = await headers();
  const request = new Request(`http://${requestHeaders.get("host") ?? "localhost"}/`, { headers: requestHeaders });
  return publicUrl(path, request);
}
