import { env } from "../env.ts";

/**
 * Whether the browser reached us over https: the configured public URL says so, or the request
 * arrived over TLS (Next.js sets X-Forwarded-Proto from the connection, a trusted proxy from its own).
 * Cookies set over https are `Secure`, as next-auth's own session cookie is.
 */
export function isHttps(headers: Headers): boolean {
  return isHttpsOn(env().APP_URL, headers);
}

export function isHttpsOn(appUrl: string | undefined, headers: Headers): boolean {
  if (appUrl?.startsWith("https:")) return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
