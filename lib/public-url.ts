import { env } from "./env.ts";

/** An absolute URL for a path, for QR codes and printed links. */
export function publicUrl(path: string, request: Request): string {
  const configured = env().APP_URL;
  if (configured) return new URL(path, configured).toString();
  const headers = request.headers;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? new URL(request.url).host;
  const proto = headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return new URL(path, `${proto}://${host}`).toString();
}
