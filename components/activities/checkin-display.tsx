"use client";

import { Maximize } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type Code = { title: string; url: string; svg: string; expiresAt: string };

/** Shows the check-in QR code and fetches a new one before the current one expires. */
export function CheckinDisplay({ activityId, initial }: { activityId: string; initial: Code }) {
  const t = useTranslations("attendance");
  const [code, setCode] = useState(initial);
  const [failed, setFailed] = useState(false);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let stopped = false;
    async function refresh() {
      try {
        const response = await fetch(`/community/activities/${activityId}/checkin/code`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        if (!stopped) {
          setCode(await response.json());
          setFailed(false);
        }
      } catch {
        if (!stopped) setFailed(true);
      }
    }
    const timer = setInterval(refresh, 15_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [activityId]);

  return (
    <div ref={frame} className="flex flex-col items-center gap-4 bg-white p-6 text-center">
      <h1 className="text-3xl font-semibold">{code.title}</h1>
      <p className="text-xl text-gray-700">{t("scanToCheckIn")}</p>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className="w-full max-w-[min(80vh,36rem)] [&_svg]:h-auto [&_svg]:w-full"
        dangerouslySetInnerHTML={{ __html: code.svg }}
      />
      <p className="text-sm text-gray-600" aria-live="polite">
        {failed ? t("refreshFailed") : t("refreshesEveryMinute")}
      </p>
      <button
        type="button"
        onClick={() => frame.current?.requestFullscreen?.()}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-gray-300 px-4 text-gray-800 hover:bg-gray-100"
      >
        <Maximize aria-hidden className="h-4 w-4" />
        {t("fullScreen")}
      </button>
    </div>
  );
}
