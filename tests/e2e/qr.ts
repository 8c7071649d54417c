// Reading what the portal draws: PNG pixels (pngjs) and the QR code in them (jsQR, a maintained
// pure-JavaScript QR reader). For posters (a screenshot of the code) and share cards (the PNG itself).
import jsQR from "jsqr";
import { PNG } from "pngjs";

export function decodePng(bytes: Buffer) {
  return PNG.sync.read(bytes);
}

/** The text of the QR code in a PNG, or null when none is found. */
export function readQr(bytes: Buffer): string | null {
  const png = decodePng(bytes);
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return code?.data ?? null;
}

/** How many pixels of a rectangle are dark (text or lines drawn), not background. */
export function darkPixels(bytes: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const png = decodePng(bytes);
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 128) dark++;
    }
  }
  return dark;
}
