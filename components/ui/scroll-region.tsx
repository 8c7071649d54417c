"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box that scrolls (a wide table on a phone, a long English column): when, and only when, its
 * content overflows, it becomes a Tab stop so the keyboard can scroll it (WCAG 2.1.1).
 */
export function ScrollRegion({ className, label, children }: { className: string; label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={className}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls && label ? "region" : undefined}
      aria-label={scrolls ? label : undefined}
    >
      {children}
    </div>
  );
}
