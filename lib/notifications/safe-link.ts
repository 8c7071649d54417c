const BASE = "http://same-site.invalid";

/**
 * A notification's link as a same-site path ("/me/activities/…"), or null. Anything that could
 * leave the site ("//evil.example", "/\\evil.example", "https://…", "javascript:…") is refused,
 * so opening a notification never redirects elsewhere.
 */
export function safeLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith("/") || link.startsWith("//")) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(link)) return null;
  let url: URL;
  try {
    url = new URL(link, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
