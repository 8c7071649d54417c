import type { MetadataRoute } from "next";
import { loadMessages } from "@/lib/i18n/load-messages";

/** The web app manifest (decision 081): installable from Chromium's "add to home screen", in Chinese. */
export default function manifest(): MetadataRoute.Manifest {
  const shell = loadMessages("zh-CN").shell as { appName: string; tagline: string };
  return {
    id: "/",
    name: shell.appName,
    short_name: "党员进社区",
    description: shell.tagline,
    lang: "zh-CN",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#b91c1c",
    categories: ["government", "social"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
