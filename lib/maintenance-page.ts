import en from "../messages/en/errors.json" with { type: "json" };
import zh from "../messages/zh-CN/errors.json" with { type: "json" };
import { RETRY_AFTER_SECONDS } from "./database-outage.ts";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page answered while the database is away: HTTP 503 with Retry-After, in the reader's
 * language, reloading itself every few seconds (no script, so any content policy allows it).
 */
export function maintenanceResponse(options: { locale: string | undefined; path: string; document: boolean }): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  const t = options.locale === "en" ? en : zh;
  if (!options.document)
    return new Response(t.maintenance, { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  const lang = options.locale === "en" ? "en" : "zh-CN";
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${escape(t.maintenanceTitle)}</title>
<style>body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans SC",system-ui,sans-serif;color:#111827;background:#f9fafb}
main{max-width:28rem;margin:15vh auto;padding:1.5rem;text-align:center;border-top:4px solid #b91c1c;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}p{margin:.5rem 0;color:#374151}a{display:inline-block;margin-top:1rem;min-height:44px;line-height:44px;padding:0 1rem;border:1px solid #d1d5db;border-radius:.375rem;color:#1f2937;text-decoration:none}</style>
</head><body><main><h1>${escape(t.maintenanceTitle)}</h1><p>${escape(t.maintenance)}</p><p>${escape(t.maintenanceAuto)}</p>
<a href="${escape(options.path)}">${escape(t.maintenanceRetry)}</a></main></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
