"use client";

import { useEffect, useState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

/**
 * While the form's action runs: a progress bar and how long it has taken, so work of a few seconds
 * (reading a 5,000-row file, importing it) never looks like a frozen page.
 */
export function PendingProgress({ label, hint }: { label: string; hint?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [pending]);
  if (!pending) return null;
  return (
    <div
      role="status"
      aria-live="polite"
      className="rounded-md border border-gray-300 bg-gray-50 px-4 py-3"
      data-pending-progress
    >
      <p className="font-medium text-gray-900">{label}</p>
      {hint ? <p className="mt-0.5 text-sm text-gray-600">{hint}</p> : null}
      <progress className="mt-2 h-2 w-full max-w-md accent-red-700" aria-label={label} />
      <p className="tabular mt-1 text-sm text-gray-600">{t("elapsed", { seconds })}</p>
    </div>
  );
}
