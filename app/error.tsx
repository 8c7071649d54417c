"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Never shows the error itself: the digest lets staff find the server log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-md p-6 text-center">
      <h1 className="text-2xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="mt-2 text-gray-700">{t("unexpected")}</p>
      {error.digest ? <p className="mt-2 text-xs text-gray-500">{t("reference", { digest: error.digest })}</p> : null}
      <Button variant="secondary" className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </main>
  );
}
