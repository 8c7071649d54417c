import { env } from "../env.ts";

/** The request header that carries the client's address to the app (see `pinClientAddress`). */
const FORWARDED_FOR = "x-forwarded-for";

/**
 * The client's address for the per-address sign-in limit. X-Forwarded-For is written by whoever
 * sends the request, so only its trusted tail counts: with no proxy configured the server has
 * already replaced it by the connection's address (`pinClientAddress`), with N trusted proxies the
 * N-th entry from the end is the address the outermost of them saw.
 */
export function clientAddressFrom(headers: Headers, trustedProxies = env().TRUSTED_PROXY): string {
  const entries = (headers.get(FORWARDED_FOR) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries.at(-Math.max(1, trustedProxies)) ?? entries[0];
  return address || "unknown";
}

type IncomingRequest = { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };

/**
 * Runs on every incoming request before Next.js sees it (installed in instrumentation.ts). Next.js
 * keeps an X-Forwarded-For the client made up and fills it from the connection only when absent,
 * so without a trusted proxy any client could claim a fresh address on every attempt. With no
 * trusted proxy the header becomes the connection's address; behind one it is left as the proxy wrote it.
 */
export function pinClientAddress(request: IncomingRequest, trustedProxies: number): void {
  if (trustedProxies > 0) return;
  const remote = request.socket?.remoteAddress;
  if (remote) request.headers[FORWARDED_FOR] = remote;
  else delete request.headers[FORWARDED_FOR];
}
