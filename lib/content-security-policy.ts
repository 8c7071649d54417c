/**
 * The Content-Security-Policy of every page (decision 072), set by proxy.ts with a fresh nonce per
 * request. Next.js reads the nonce from this header on the request and puts it on its own scripts;
 * `'strict-dynamic'` lets those load the page's chunks. Styles allow inline (React style
 * attributes, the print styles of letters and notices); scripts are what a policy must hold.
 */
export function contentSecurityPolicy(options: { nonce: string; development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    // the service worker is /sw.js; the web app manifest is /manifest.webmanifest (decision 081)
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and different on every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
