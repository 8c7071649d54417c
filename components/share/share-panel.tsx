"use client";

import { Copy, Download, ExternalLink } from "lucide-react";
import { useId, useRef, useState } from "react";
import { buttonClass } from "../ui/button";

export type SharePanelLabels = {
  intro: string;
  imageAlt: string;
  download: string;
  textLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  openPublicPage: string;
};

/**
 * What a secretary posts to a WeChat group: the share card (preview and download) and the short
 * text with a copy button. Labels come from the server page, so any share (activity, need) uses it.
 */
export function SharePanel({
  imageSrc,
  downloadName,
  text,
  publicHref,
  labels,
}: {
  imageSrc: string;
  downloadName: string;
  text: string;
  publicHref: string;
  labels: SharePanelLabels;
}) {
  const textId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState("copied");
    } catch {
      // no clipboard (insecure origin, refused permission): select the text for a manual copy
      area.current?.focus();
      area.current?.select();
      setCopyState("failed");
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">{labels.intro}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a PNG rendered by our own route, shown as is */}
      <img
        src={imageSrc}
        alt={labels.imageAlt}
        width={1080}
        height={1440}
        loading="lazy"
        className="h-auto w-full max-w-xs rounded-md border border-gray-200"
      />
      <div className="flex flex-wrap gap-2">
        <a href={imageSrc} download={downloadName} className={buttonClass("secondary")}>
          <Download aria-hidden="true" className="h-4 w-4" />
          {labels.download}
        </a>
        <a href={publicHref} target="_blank" rel="noopener" className={buttonClass("ghost")}>
          <ExternalLink aria-hidden="true" className="h-4 w-4" />
          {labels.openPublicPage}
        </a>
      </div>
      <div>
        <label htmlFor={textId} className="block font-medium">
          {labels.textLabel}
        </label>
        <textarea
          id={textId}
          ref={area}
          readOnly
          value={text}
          rows={text.split("\n").length + 2}
          className="mt-1 w-full rounded-md border border-gray-500 bg-gray-50 p-2 text-sm"
        />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" onClick={copy} className={buttonClass("primary")}>
            <Copy aria-hidden="true" className="h-4 w-4" />
            {labels.copy}
          </button>
          <p role="status" className="text-sm text-gray-700">
            {copyState === "copied" ? labels.copied : copyState === "failed" ? labels.copyFailed : ""}
          </p>
        </div>
      </div>
    </div>
  );
}
