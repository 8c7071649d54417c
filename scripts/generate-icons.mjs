// Draws the app's icons into public/icons with next/og (Satori) and the letters' CJK font
// (decision 081). Run once after changing the design: `node scripts/generate-icons.mjs`; the PNGs
// are committed, so neither the build nor a fresh machine runs this.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og.js";
import React from "react";

const root = path.resolve(import.meta.dirname, "..");
const font = readFileSync(path.join(root, "node_modules/@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf"));
const ACCENT = "#b91c1c";
const h = React.createElement;

/** A red tile with 进社区 under a star; `maskable` keeps everything inside the 80% safe circle. */
function icon(size, { maskable = false, rounded = true } = {}) {
  const scale = maskable ? 0.62 : 0.86;
  const inner = size * scale;
  return h(
    "div",
    {
      style: {
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: maskable || !rounded ? ACCENT : "transparent",
      },
    },
    h(
      "div",
      {
        style: {
          width: maskable ? inner : size,
          height: maskable ? inner : size,
          display: "flex",
          flexDirection: "column",
          alignItems: "center",
          justifyContent: "center",
          background: ACCENT,
          borderRadius: maskable || !rounded ? 0 : size * 0.18,
          color: "#ffffff",
          fontFamily: "serif",
        },
      },
      h("div", { style: { fontSize: inner * 0.3, lineHeight: 1, color: "#fde68a" } }, "★"),
      h("div", { style: { fontSize: inner * 0.27, lineHeight: 1.2, marginTop: inner * 0.04, fontWeight: 700 } }, "进社区"),
    ),
  );
}

async function write(file, size, options) {
  const response = new ImageResponse(icon(size, options), {
    width: size,
    height: size,
    fonts: [{ name: "serif", data: font, weight: 700, style: "normal" }],
  });
  writeFileSync(path.join(root, "public/icons", file), Buffer.from(await response.arrayBuffer()));
  console.log("wrote", file);
}

await write("icon-192.png", 192);
await write("icon-512.png", 512);
await write("maskable-512.png", 512, { maskable: true });
await write("apple-touch-icon.png", 180, { rounded: false });
