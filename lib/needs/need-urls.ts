import "server-only";
import { headers } from "next/headers";
import { publicUrl } from "../public-url.ts";

export const trackingPath = (token: string) => `/t/${token}`;
export const postNeedPath = (communityId: string, buildingId?: string | null) =>
  buildingId ? `/n/${communityId}?b=${buildingId}` : `/n/${communityId}`;

/** An absolute address for a page being rendered, for QR codes (APP_URL, else the request's host). */
export async function absoluteUrlForPage(path: string): Promise<string> {
  const requestHeaders = await headers();
  const request = new Request(`http://${requestHeaders.get("host") ?? "localhost"}/`, { headers: requestHeaders });
  return publicUrl(path, request);
}
