/**
 * The client's address for throttling. Next.js fills X-Forwarded-For with the socket address only
 * when the header is absent, and a reverse proxy (nginx `proxy_add_x_forwarded_for`) appends the
 * address it saw, so the last entry is the most trustworthy one. The per-phone limit does not
 * depend on this value.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
