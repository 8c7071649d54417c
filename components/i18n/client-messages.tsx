import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** What every client component may need: form chrome, validation and error texts, the shells. */
const BASE = ["common", "validation", "errors", "auth", "shell", "nav", "roles", "categories"];

/**
 * Client components only receive the message namespaces their part of the portal uses: sending
 * all of them (~90 kB) with every page was most of each page's weight (see bench/BASELINE.md).
 * Server components read all messages on the server regardless.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: string[]; children: ReactNode }) {
  const all = await getMessages();
  const picked = Object.fromEntries([...BASE, ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
