"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js: offline page and static files only, never a page's
 * HTML: decision 081) once the page has loaded, so it never competes with the page's own requests.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
        // not fatal: the portal works the same without it (private windows, old browsers)
      });
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);
  return null;
}
