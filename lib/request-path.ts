// Next answers 500 (not 400) when a dynamic route's segment is not valid percent-encoding
// (`/verify/%E0%A4%A`): its router's fallback to a 400 page fails. The proxy asks this first.

/** Whether every percent-escape of a path decodes to UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
