// Next.js refuses a server action whose Origin does not match the host, but answers 500 (it
// throws inside its action handler). The proxy asks this first and answers 403 instead. Same
// rule as Next: no Origin (handcrafted, carries no one's cookies by accident) passes; otherwise
// the Origin's host must equal the first X-Forwarded-Host, else the Host header.

/**
 * Whether a POST that Next treats as a server action comes from another site: one carrying a
 * `Next-Action` header, or a multipart form (a form submitted without JavaScript).
 */
export function isForeignActionRequest(headers: Headers): boolean {
  const multipart = headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  if (!headers.has("next-action") && !multipart) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || headers.get("host");
  return !host || originHost !== host;
}
