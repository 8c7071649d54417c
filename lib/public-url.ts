import { env } from "./env.ts";

/**
 * An absolute URL for a path, for QR codes and printed verification links: on APP_URL when it is
 * configured, else on the Host the request was sent to. Never on X-Forwarded-Host/-Proto, which
 * any client can send, so a forged header cannot make a secretary print someone else's address.
 */
export function publicUrl(path: string, request: Request): string {
  return publicUrlOn(env().APP_URL, path, request);
}

export function publicUrlOn(configured: string | undefined, path: string, request: Request): string {
  if (configured) return new URL(path, configured).toString();
  const own = new URL(request.url);
  try {
    return new URL(path, `${own.protocol}//${request.headers.get("host") ?? own.host}`).toString();
  } catch {
    return new URL(path, own.origin).toString();
  }
}
