"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Takes focus when it appears: the answer that replaces a form (checked in) or the message a page
 * shows after an action redirected to it (a registration approved and gone from the queue).
 */
export function FocusOnMount({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: "start" });
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className={className} data-focus-on-mount>
      {children}
    </div>
  );
}
