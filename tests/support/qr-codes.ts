// Reading QR codes back in tests: from a screenshot (PNG) and from the images a PDF embeds.
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** Decodes a QR code from a PNG screenshot. */
export function qrFromPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Undoes the PNG row filters (PDF Predictor ≥ 10) of `bpp` bytes per pixel. */
function unfilterPng(data: Buffer, width: number, bpp: number): Buffer {
  const stride = width * bpp;
  const rows = data.length / (stride + 1);
  const out = Buffer.alloc(rows * stride);
  for (let y = 0; y < rows; y++) {
    const type = data[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + x] = (raw + [0, a, b, (a + b) >> 1, paeth][type]) & 0xff;
    }
  }
  return out;
}

/** The first QR code among a PDF's embedded images (pdfkit writes them Flate-compressed, RGB or gray). */
export function qrFromPdf(pdf: Buffer): string | null {
  const text = pdf.toString("latin1");
  // each object's own dictionary (never running past its endobj) followed by its stream
  const pattern = /\d+ 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g;
  for (const match of text.matchAll(pattern)) {
    const dict = match[1];
    if (!/\/Subtype \/Image/.test(dict)) continue;
    const width = Number(/\/Width (\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height (\d+)/.exec(dict)?.[1]);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    if (!width || !height || !length || !/FlateDecode/.test(dict)) continue;
    const start = match.index! + match[0].length;
    let data: Buffer;
    try {
      data = inflateSync(pdf.subarray(start, start + length));
    } catch {
      continue;
    }
    const comps = /DeviceRGB/.test(dict) ? 3 : /DeviceGray/.test(dict) ? 1 : 0;
    if (!comps) continue;
    const pixels = /\/Predictor 1[0-5]/.test(dict) ? unfilterPng(data, width, comps) : data;
    if (pixels.length < width * height * comps) continue;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      for (let k = 0; k < 3; k++) rgba[i * 4 + k] = pixels[i * comps + (comps === 3 ? k : 0)];
      rgba[i * 4 + 3] = 255;
    }
    const found = jsQR(rgba, width, height);
    if (found) return found.data;
  }
  return null;
}
