import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The CJK font of the letters' PDFs (decision 005), for images rendered on the server: Noto Serif
 * SC from the npm package, read from node_modules at run time (never bundled: 15 MB a weight).
 * Read once per process; Satori keeps what it parses.
 */
const FONT_PACKAGE = "@expo-google-fonts/noto-serif-sc";
const FILES = { 400: "400Regular/NotoSerifSC_400Regular.ttf", 700: "700Bold/NotoSerifSC_700Bold.ttf" } as const;

export const SHARE_FONT_FAMILY = "Noto Serif SC";

export type ShareFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let cached: Promise<ShareFont[]> | undefined;

export function loadShareFonts(): Promise<ShareFont[]> {
  cached ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: SHARE_FONT_FAMILY,
      data: toArrayBuffer(await readFile(path.join(process.cwd(), "node_modules", FONT_PACKAGE, FILES[weight]))),
      weight,
      style: "normal" as const,
    })),
  ).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** The same ArrayBuffer on every call, so Satori parses each font once per process, not per image. */
function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
