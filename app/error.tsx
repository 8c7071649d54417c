"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

const HEALTH_POLL_MS = 3000;

/**
 * Never shows the error itself: the digest lets staff find the server log line. When the database
 * is away (the health check says so), it is a maintenance notice instead of "something went wrong",
 * and the page reloads by itself once the database is back.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const [maintenance, setMaintenance] = useState(error.digest === "DATABASE_UNAVAILABLE");
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const down = await fetch("/api/health", { cache: "no-store" }).then(
        (r) => r.status === 503,
        () => false,
      );
      if (stopped) return;
      if (down) {
        setMaintenance(true);
        timer = setTimeout(check, HEALTH_POLL_MS);
      } else if (maintenance) window.location.reload();
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [maintenance]);
  if (maintenance) {
    return (
      <main className="mx-auto max-w-md p-6 text-center" role="alert">
        <h1 className="text-2xl font-semibold">{t("maintenanceTitle")}</h1>
        <p className="mt-2 text-gray-700">{t("maintenance")}</p>
        <p className="mt-1 text-sm text-gray-600">{t("maintenanceAuto")}</p>
      </main>
    );
  }
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
