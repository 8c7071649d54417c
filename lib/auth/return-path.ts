/** Any origin will do: only whether the path stays on it matters, not which one it is. */
const BASE = "http://portal.invalid";

/**
 * Where to go after sign-in: a path on this site only. The value is resolved with the URL parser
 * exactly as the browser will resolve it (tabs and line breaks dropped, `\` read as `/`, `//host`
 * taken as another host), and accepted only when it stays on our own origin.
 */
export function safeReturnPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = url.pathname + url.search + url.hash;
  // what we hand to the redirect must itself stay here when parsed again
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
