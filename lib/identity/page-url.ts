import "server-only";
import { headers } from "next/headers";
import { publicUrl } from "../public-url.ts";

/** The absolute URL of a path for a page being rendered (APP_URL, else the request's Host), for QR codes. */
export async function absoluteUrlForPage(path: string): Promise<string> {
  const requestHeaders = await headers();
  const request = new Request(`http://${requestHeaders.get("host") ?? "localhost"}/`, { headers: requestHeaders });
  return publicUrl(path, request);
}
